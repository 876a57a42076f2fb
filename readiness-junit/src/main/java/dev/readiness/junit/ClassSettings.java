package dev.readiness.junit;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.profile.ProfileOverride;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What a readiness test class declares besides its target: profile overrides ({@link ReadinessSetting},
 * {@link JwtPolicy}) and {@link Waiver}s, read from its annotations. Every problem is a
 * {@link ReadinessConfigurationException} that quotes the annotation and names the class.
 */
record ClassSettings(List<ProfileOverride> overrides, List<dev.readiness.check.Waiver> waivers) {

  static ClassSettings of(Class<?> testClass) {
    List<ProfileOverride> overrides = new ArrayList<>();
    for (ReadinessSetting s : AnnotationSupport.findRepeatableAnnotations(testClass, ReadinessSetting.class)) {
      overrides.add(override(s.key(), s.value(), "@ReadinessSetting(key = \"" + s.key() + "\", value = \""
          + s.value() + "\") on " + testClass.getName()));
    }
    AnnotationSupport.findAnnotation(testClass, JwtPolicy.class).ifPresent(p -> overrides.add(override(
        "jwt.maxLifetime", p.maxLifetime(), "@JwtPolicy(maxLifetime = \"" + p.maxLifetime() + "\") on "
            + testClass.getName())));
    List<dev.readiness.check.Waiver> waivers = new ArrayList<>();
    for (Waiver w : AnnotationSupport.findRepeatableAnnotations(testClass, Waiver.class)) {
      waivers.add(waiver(w, testClass));
    }
    return new ClassSettings(List.copyOf(overrides), List.copyOf(waivers));
  }

  private static ProfileOverride override(String key, String value, String origin) {
    try {
      return new ProfileOverride(key, value, origin);
    } catch (IllegalArgumentException e) {
      throw new ReadinessConfigurationException("invalid stack profile: " + e.getMessage(), e);
    }
  }

  private static dev.readiness.check.Waiver waiver(Waiver w, Class<?> testClass) {
    String place = "@Waiver(check = \"" + w.check() + "\", until = \"" + w.until() + "\") on " + testClass.getName();
    try {
      CheckCatalog.require(w.check());
      return new dev.readiness.check.Waiver(w.check(), w.reason(), LocalDate.parse(w.until()));
    } catch (DateTimeParseException e) {
      throw new ReadinessConfigurationException(place + ": '" + w.until() + "' is not a date; use ISO-8601 such as "
          + "2027-03-01", e);
    } catch (IllegalArgumentException e) {
      throw new ReadinessConfigurationException(place + ": " + e.getMessage(), e);
    }
  }
}
