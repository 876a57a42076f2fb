package dev.readiness.junit;

import dev.readiness.profile.ProfileOverride;
import dev.readiness.profile.StackProfile;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds a test class's {@link ReadinessTarget} field and lets its container name the target: the URL replaces
 * {@code target.url} and the container replaces the profile's {@code containers}. Without such a field the profile
 * is located exactly as before. Testcontainers is touched ({@link ContainerEndpoint}) only when a field is marked.
 */
final class ContainerTargetField {

  private ContainerTargetField() {}

  /**
   * @return the class's profile: the located one, pointed at the {@link ReadinessTarget} container when there is
   *     one
   * @throws ReadinessConfigurationException naming the field or annotation that is wrong
   */
  static StackProfile locate(Class<?> testClass, ProfileLocator locator, Optional<ReadinessTest> annotation,
      List<ProfileOverride> overrides) {
    List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, ReadinessTarget.class,
        field -> true, HierarchyTraversalMode.TOP_DOWN);
    if (fields.isEmpty()) {
      return locator.locate(annotation, overrides);
    }
    if (fields.size() > 1) {
      throw new ReadinessConfigurationException("@ReadinessTarget marks " + fields.size() + " fields of "
          + testClass.getName() + " (" + String.join(", ", fields.stream().map(Field::getName).toList())
          + "); mark the one container that is the stack under test");
    }
    Field field = fields.get(0);
    String place = "@ReadinessTarget field " + field.getDeclaringClass().getName() + "." + field.getName();
    if (!Modifier.isStatic(field.getModifiers())) {
      throw new ReadinessConfigurationException(place + " must be static, so that one container serves every check "
          + "of the class");
    }
    if (annotation.map(ReadinessTest::url).filter(url -> !url.isBlank()).isPresent()) {
      throw new ReadinessConfigurationException(place + " and @ReadinessTest(url = \"" + annotation.get().url()
          + "\") both name the target of " + testClass.getName() + "; keep one");
    }
    Object value = ReflectionSupport.tryToReadFieldValue(field, null).getOrThrow(e ->
        new ReadinessConfigurationException(place + " cannot be read: " + e, e));
    ContainerEndpoint endpoint = ContainerEndpoint.of(value, field.getAnnotation(ReadinessTarget.class), place);
    return locator.locate(annotation, overrides, Optional.of(endpoint.url())).withContainers(endpoint.containers());
  }
}
