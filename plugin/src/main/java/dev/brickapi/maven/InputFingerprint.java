package dev.brickapi.maven;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.GeneratorConfig;
import dev.brickapi.codegen.load.DocumentPatterns;
import dev.brickapi.codegen.load.SpecFile;
import dev.brickapi.codegen.load.SpecFiles;
import dev.brickapi.codegen.write.Manifest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A SHA-256 digest of everything a generation run depends on: a format version, the plugin's version,
 * every configuration value, the list of spec files under the spec folders (so an added document is
 * seen), and the name and content of every file the generator read in its last run (its
 * {@link GenerationResult#inputs()}: the selected documents and whatever they reference with a relative
 * {@code $ref}, wherever that lies). Stored after a successful run under
 * {@code target/brickapi/<execution id>}{@value #SUFFIX}; a build whose digest equals the stored one has
 * nothing to regenerate.
 *
 * <p>Before any file is read, a quick check compares the settings, the list of spec files and the size
 * and modification time of each input with what was stored; only when that differs are the inputs
 * digested. Nothing on either path parses YAML.
 */
final class InputFingerprint {

  /** The file suffix; its version changes whenever what is digested changes. */
  static final String SUFFIX = ".fingerprint-v2";

  private static final String FORMAT = "brickapi-input-fingerprint/2";

  /** What the last successful run stored: its digest, counts, quick stamp, spec file list and inputs. */
  record Stored(String digest, String counts, String stamp, List<Path> specFiles, List<Path> inputs) {

    /** The stored fingerprint, or null when there is none (or it is unreadable, which means: generate). */
    static Stored read(Path file) {
      try {
        if (!Files.isRegularFile(file)) {
          return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(2).startsWith("stamp ")) {
          return null;
        }
        List<Path> specs = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
          if (line.startsWith("spec ")) {
            specs.add(Path.of(line.substring("spec ".length())));
          } else if (line.startsWith("input ")) {
            inputs.add(Path.of(line.substring("input ".length())));
          }
        }
        return new Stored(lines.get(0), lines.get(1), lines.get(2).substring("stamp ".length()), specs, inputs);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  private final String digest;
  private final String settings;
  private final List<Path> specFiles;
  private final List<Path> inputs;

  private InputFingerprint(String digest, String settings, List<Path> specFiles, List<Path> inputs) {
    this.digest = digest;
    this.settings = settings;
    this.specFiles = specFiles;
    this.inputs = inputs;
  }

  /**
   * Every spec file that can take part, as the generator finds them: those under the spec folders and
   * the spec files given one by one; absolute and sorted.
   */
  static List<Path> specFiles(List<Path> roots, List<Path> files) throws IOException {
    TreeSet<Path> all = new TreeSet<>();
    List<Path> existing = new ArrayList<>();
    roots.stream().filter(Files::isDirectory).forEach(existing::add);
    for (SpecFile f : SpecFiles.find(existing, DocumentPatterns.of(List.of()))) {
      all.add(f.path());
    }
    files.forEach(f -> all.add(f.toAbsolutePath().normalize()));
    return List.copyOf(all);
  }

  /**
   * Everything but the spec contents, with the plugin's and generator's code named by path, size and time
   * instead of their bytes: the cheap half of the quick check.
   */
  static String settings(Path base, GeneratorConfig config, String pluginVersion, List<String> extra) {
    StringBuilder out = new StringBuilder(FORMAT).append('\n').append(pluginVersion).append('\n');
    if (pluginVersion.endsWith("-SNAPSHOT")) {
      out.append(codeStamp(GeneratorConfig.class)).append('\n').append(codeStamp(InputFingerprint.class)).append('\n');
    }
    for (String field : configuration(base, config)) {
      out.append(field).append('\n');
    }
    extra.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }

  private static List<String> configuration(Path base, GeneratorConfig config) {
    return List.of(
        "output=" + name(base, config.output()),
        "docsOutput=" + name(base, config.docsOutput()),
        "manifest=" + name(base, config.manifest()),
        "basePackage=" + config.basePackage(),
        "documents=" + config.documents(),
        "tags=" + config.tags(),
        "docs=" + config.docs(),
        "specs=" + config.specs().stream().map(p -> name(base, p)).toList());
  }

  /**
   * The quick check: when the settings and the list of spec files are the same, every input the last run
   * read still has the size and modification time it had then, and the output it wrote is complete, the
   * inputs are unchanged without reading them. Returns the counts of the last run, or null when the full
   * digest must decide.
   */
  static String quickUpToDate(Stored previous, Path manifest, String settings, List<Path> specFiles) {
    if (previous == null || !previous.specFiles().equals(specFiles)) {
      return null;
    }
    try {
      String now = stamp(settings, previous.inputs());
      return now != null && now.equals(previous.stamp()) && Manifest.complete(manifest) ? previous.counts() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Whether the last successful run's output still stands: the quick check first, then (when only file
   * times differ) the digest of the files that run read, whose new times are then stored. Returns the end
   * of the no-op log line (the counts of the last run and what was checked), or null when the goal has to
   * generate.
   */
  static String unchanged(Path stored, Path manifest, Path base, GeneratorConfig config, String pluginVersion,
      List<String> extra, List<Path> specFiles) {
    Stored last = Stored.read(stored);
    String quick = quickUpToDate(last, manifest, settings(base, config, pluginVersion, extra), specFiles);
    if (quick != null) {
      return quick + "; spec files unchanged since the last run, checked";
    }
    if (last == null || !last.specFiles().equals(specFiles)) {
      return null;
    }
    try {
      InputFingerprint again = of(base, config, pluginVersion, extra, specFiles, last.inputs());
      String counts = again.upToDate(last, manifest);
      if (counts != null) {
        again.store(stored, counts);
        return counts + "; " + again.inputs().size() + " spec files read and found unchanged";
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** A digest of the settings and of each input's path, size and modification time; null if one is gone. */
  private static String stamp(String settings, List<Path> files) throws IOException {
    MessageDigest sha = sha256();
    field(sha, settings);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        return null;
      }
      field(sha, f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).to(TimeUnit.NANOSECONDS));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Digests the inputs: the settings, the list of spec files and the content of {@code inputs} (the files
   * a run read). Files are named relative to {@code base} (the project folder) so that moving a checkout
   * does not change the fingerprint; {@code extra} carries configuration the generator's config does not
   * hold (such as the spec artifact's coordinates). A missing input digests as missing.
   */
  static InputFingerprint of(Path base, GeneratorConfig config, String pluginVersion, List<String> extra,
      List<Path> specFiles, List<Path> inputs) throws IOException {
    MessageDigest sha = sha256();
    field(sha, FORMAT);
    field(sha, pluginVersion);
    if (pluginVersion.endsWith("-SNAPSHOT")) {
      // A snapshot's code changes without its version changing: digest the code as well.
      codeOf(sha, GeneratorConfig.class); // the generator's jar (GeneratorConfig is loaded anyway; Generator is heavy)
      codeOf(sha, InputFingerprint.class);
    }
    configuration(base, config).forEach(f -> field(sha, f));
    extra.forEach(e -> field(sha, e));
    specFiles.forEach(f -> field(sha, "spec " + name(base, f)));
    List<Path> sorted = inputs.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    for (Path input : sorted) {
      field(sha, "input " + name(base, input));
      if (Files.isRegularFile(input)) {
        sha.update(Files.readAllBytes(input));
        sha.update((byte) 0);
      } else {
        field(sha, "(missing)");
      }
    }
    return new InputFingerprint(HexFormat.of().formatHex(sha.digest()), settings(base, config, pluginVersion, extra),
        List.copyOf(specFiles), sorted);
  }

  /** The files digested: what the run read. */
  List<Path> inputs() {
    return inputs;
  }

  /**
   * The counts of the last run when the stored fingerprint equals this one and the output it wrote is
   * still complete; null when the goal has to generate.
   */
  String upToDate(Stored previous, Path manifest) {
    return previous != null && previous.digest().equals(digest) && Manifest.complete(manifest) ? previous.counts() : null;
  }

  /** What a run produced, in the words of the no-op log line. */
  static String counts(GenerationResult r) {
    return r.documents() + " documents, " + r.services() + " services, " + r.operations() + " operations, "
        + r.types() + " types -> " + r.files().size() + " files";
  }

  /** Replaces the stored fingerprint, with the counts of the run; called only after a successful run. */
  void store(Path stored, String counts) throws IOException {
    Files.createDirectories(stored.getParent());
    Path temp = stored.resolveSibling(stored.getFileName() + ".tmp");
    StringBuilder text = new StringBuilder(digest).append('\n').append(counts).append('\n');
    String stamp = stamp(settings, inputs);
    text.append("stamp ").append(stamp == null ? "-" : stamp).append('\n');
    specFiles.forEach(p -> text.append("spec ").append(p).append('\n'));
    inputs.forEach(p -> text.append("input ").append(p).append('\n'));
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String codeStamp(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return type.getName();
    }
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        return jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
      }
      return jar + "@" + System.nanoTime(); // classes folder: never quick
    } catch (URISyntaxException | IllegalArgumentException | IOException e) {
      return String.valueOf(source.getLocation()) + "@" + System.nanoTime();
    }
  }

  private static String name(Path base, Path p) {
    if (p == null) {
      return "";
    }
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }

  private static void field(MessageDigest sha, String value) {
    sha.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static void codeOf(MessageDigest sha, Class<?> type) throws IOException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return;
    }
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        sha.update(Files.readAllBytes(jar));
      } else {
        field(sha, jar + "@" + System.nanoTime()); // classes folder: always regenerate
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      field(sha, String.valueOf(source.getLocation()));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
