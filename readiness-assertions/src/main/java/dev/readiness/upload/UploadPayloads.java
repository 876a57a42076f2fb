package dev.readiness.upload;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The files the upload checks send, all generated in code: nothing executable or malicious is stored in the
 * repository or the jar. The executables are headers only (they would not run), the scripts only show an alert, and
 * the EICAR file is assembled at run time.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UploadPayloads {

  private static final String SCRIPT = "<script>alert(document.domain)</script>";

  private UploadPayloads() {}

  /** @return a valid file of each format, the positive control, named {@code sample.<ext>} */
  public static List<UploadFile> valid(List<SampleFormat> formats) {
    return formats.stream()
        .map(f -> UploadFile.of("sample." + f.extension(), f.mediaType(), f.description(), f.sample()))
        .toList();
  }

  /** @return the {@code upload.type} files: PE, ELF, shell script, HTML and SVG with script, each as itself */
  public static List<UploadFile> disallowedTypes() {
    return List.of(
        UploadFile.of("setup.exe", "application/x-msdownload", "a Windows PE executable", windowsExecutable()),
        UploadFile.of("install", "application/x-executable", "an ELF executable", elfExecutable()),
        UploadFile.of("install.sh", "application/x-sh", "a shell script",
            ascii("#!/bin/sh\necho 'Readiness upload check: this script must not be stored'\n")),
        UploadFile.of("page.html", "text/html", "an HTML page with a script",
            ascii("<!DOCTYPE html><html><body>" + SCRIPT + "</body></html>\n")),
        UploadFile.of("image.svg", "image/svg+xml", "an SVG image with a script",
            ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">" + SCRIPT + "</svg>\n")));
  }

  /**
   * @param formats the allowed formats, first the one to disguise as for the double extension
   * @return the disguised files of {@code upload.content-sniffing}, content that is not the declared type: PE bytes
   *     named and declared as each allowed format, and PE bytes named {@code photo.<ext>.exe}
   */
  public static List<UploadFile> disguised(List<SampleFormat> formats) {
    List<UploadFile> files = new ArrayList<>();
    for (SampleFormat format : formats) {
      files.add(UploadFile.of(baseName(format) + "." + format.extension(), format.mediaType(),
          "a Windows PE executable", windowsExecutable()));
    }
    SampleFormat first = formats.get(0);
    files.add(UploadFile.of(baseName(first) + "." + first.extension() + ".exe", first.mediaType(),
        "a Windows PE executable with a double extension", windowsExecutable()));
    return files;
  }

  /**
   * @param format the format of the file
   * @param maxBytes the configured maximum
   * @return a valid file of {@code format} one byte over {@code maxBytes}, streamed
   */
  public static UploadFile overLimit(SampleFormat format, long maxBytes) {
    return format.padded("over-limit." + format.extension(), maxBytes + 1);
  }

  /** @return a valid file of {@code format} of exactly {@code maxBytes}, streamed: the size check's control */
  public static UploadFile atLimit(SampleFormat format, long maxBytes) {
    return format.padded("at-limit." + format.extension(), maxBytes);
  }

  /**
   * @param formats the allowed formats
   * @return the EICAR test file, as {@code eicar.txt} when plain text is allowed, else named and declared as the
   *     first allowed format
   */
  public static UploadFile malware(List<SampleFormat> formats) {
    SampleFormat as = formats.contains(SampleFormat.TEXT) ? SampleFormat.TEXT : formats.get(0);
    return UploadFile.of("eicar." + as.extension(), as.mediaType(), "the EICAR anti-virus test file", Eicar.bytes());
  }

  /**
   * @param formats the allowed formats
   * @return the polyglot of {@code upload.content-sniffing}: a valid file of the first allowed binary format followed
   *     by an HTML page with a script, named {@code polyglot.<ext>}; empty when only plain text is allowed
   */
  public static Optional<UploadFile> polyglot(List<SampleFormat> formats) {
    return formats.stream().filter(f -> f != SampleFormat.TEXT).findFirst().map(format -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(format.sample());
      bytes.writeBytes(ascii("<html><body>" + SCRIPT + "</body></html>\n"));
      return UploadFile.of("polyglot." + format.extension(), format.mediaType(),
          "a polyglot: " + format.description() + " followed by an HTML page with a script", bytes.toByteArray());
    });
  }

  private static String baseName(SampleFormat format) {
    return format.mediaType().startsWith("image/") ? "photo" : "document";
  }

  /** @return a DOS stub and PE header of a 32-bit Windows executable without sections (headers only) */
  static byte[] windowsExecutable() {
    byte[] pe = new byte[0x40 + 4 + 20 + 60];
    pe[0] = 'M';
    pe[1] = 'Z';
    pe[0x3C] = 0x40;
    pe[0x40] = 'P';
    pe[0x41] = 'E';
    pe[0x44] = 0x4C;
    pe[0x45] = 0x01;
    pe[0x56] = 0x02;
    pe[0x57] = 0x01;
    return pe;
  }

  /** @return the 64-byte header of an x86-64 ELF executable (header only) */
  static byte[] elfExecutable() {
    byte[] elf = new byte[64 + 56];
    elf[0] = 0x7F;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    elf[5] = 1;
    elf[6] = 1;
    elf[16] = 2;
    elf[18] = 0x3E;
    elf[20] = 1;
    elf[52] = 64;
    elf[54] = 56;
    elf[56] = 1;
    return elf;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
