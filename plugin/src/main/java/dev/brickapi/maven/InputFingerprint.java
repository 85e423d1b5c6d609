package dev.brickapi.maven;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.GeneratorConfig;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of everything a generation run depends on: a format version, the plugin's version,
 * every configuration value, and the name and content of every spec file that can take part (every
 * {@code *.yaml}, {@code *.yml} and {@code *.json} under the spec folders, the spec files, and whatever
 * they reference with a relative {@code $ref}). Stored after a successful run under
 * {@code target/brickapi/<execution id>}{@value #SUFFIX}; a build whose digest equals the stored one has
 * nothing to regenerate.
 */
final class InputFingerprint {

  /** The file suffix; its version changes whenever what is digested changes. */
  static final String SUFFIX = ".fingerprint-v1";

  private static final String FORMAT = "brickapi-input-fingerprint/1";

  private final String digest;
  private final int fileCount;
  private final String settings;
  private final List<Path> inputs;

  private InputFingerprint(String digest, int fileCount, String settings, List<Path> inputs) {
    this.digest = digest;
    this.fileCount = fileCount;
    this.settings = settings;
    this.inputs = inputs;
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
    out.append("output=").append(name(base, config.output())).append('\n')
        .append("basePackage=").append(config.basePackage()).append('\n')
        .append("documents=").append(config.documents()).append('\n')
        .append("tags=").append(config.tags()).append('\n')
        .append("docs=").append(config.docs()).append('\n')
        .append("specs=").append(config.specs().stream().map(p -> name(base, p)).toList()).append('\n');
    extra.forEach(e -> out.append(e).append('\n'));
    return out.toString();
  }

  /**
   * The quick check: when the settings are the same and every input file the last run digested still has
   * the size and modification time it had then (and no spec file was added), the inputs are unchanged
   * without reading them. Returns the counts of the last run, or null when the full digest must decide.
   */
  static String quickUpToDate(Path stored, Path output, String settings, List<Path> roots, List<Path> files) {
    try {
      if (!Files.isRegularFile(stored)) {
        return null;
      }
      List<String> lines = Files.readAllLines(stored, StandardCharsets.UTF_8);
      if (lines.size() < 3 || !lines.get(2).startsWith("stamp ")) {
        return null;
      }
      List<Path> known = new ArrayList<>();
      for (String line : lines.subList(3, lines.size())) {
        if (line.startsWith("input ")) {
          known.add(Path.of(line.substring("input ".length())));
        }
      }
      Set<Path> knownSet = new HashSet<>(known);
      for (Path f : files) {
        if (!knownSet.contains(f.toAbsolutePath().normalize())) {
          return null;
        }
      }
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          try (Stream<Path> walk = Files.walk(root)) {
            boolean added = walk.filter(Files::isRegularFile).filter(DocumentSelection::isSpecFile)
                .filter(f -> !root.relativize(f).toString().replace('\\', '/').contains("target/"))
                .anyMatch(f -> !knownSet.contains(f.toAbsolutePath().normalize()));
            if (added) {
              return null;
            }
          }
        }
      }
      String now = stamp(settings, known);
      if (now == null || !lines.get(2).equals("stamp " + now) || !outputComplete(output)) {
        return null;
      }
      return lines.get(1);
    } catch (IOException e) {
      return null;
    }
  }

  /** A digest of the settings and of each input's path, size and modification time; null if one is gone. */
  private static String stamp(String settings, List<Path> files) throws IOException {
    MessageDigest sha = sha256();
    field(sha, settings);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        return null;
      }
      field(sha, f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }
    return HexFormat.of().formatHex(sha.digest());
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

  /**
   * Digests the inputs. Files are named relative to {@code base} (the project folder) so that moving a
   * checkout does not change the fingerprint; {@code extra} carries configuration the generator's config
   * does not hold (such as the spec artifact's coordinates).
   */
  static InputFingerprint of(Path base, GeneratorConfig config, String pluginVersion, List<Path> roots, List<Path> files,
      List<String> extra) throws IOException {
    MessageDigest sha = sha256();
    field(sha, FORMAT);
    field(sha, pluginVersion);
    if (pluginVersion.endsWith("-SNAPSHOT")) {
      // A snapshot's code changes without its version changing: digest the code as well.
      codeOf(sha, GeneratorConfig.class); // the generator's jar (GeneratorConfig is loaded anyway; Generator is heavy)
      codeOf(sha, InputFingerprint.class);
    }
    field(sha, "output=" + name(base, config.output()));
    field(sha, "basePackage=" + config.basePackage());
    field(sha, "documents=" + config.documents());
    field(sha, "tags=" + config.tags());
    field(sha, "docs=" + config.docs());
    field(sha, "specs=" + config.specs().stream().map(p -> name(base, p)).toList());
    extra.forEach(e -> field(sha, e));

    TreeMap<String, Path> inputs = new TreeMap<>();
    Set<Path> seen = new HashSet<>();
    Deque<Path> pending = new ArrayDeque<>(files);
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).filter(DocumentSelection::isSpecFile)
              .filter(f -> !root.relativize(f).toString().replace('\\', '/').contains("target/"))
              .forEach(pending::add);
        }
      }
    }
    while (!pending.isEmpty()) {
      Path file = pending.pop().toAbsolutePath().normalize();
      if (!Files.isRegularFile(file) || !seen.add(file)) {
        continue;
      }
      inputs.put(name(base, file), file);
      for (String ref : fileRefs(Files.readString(file, StandardCharsets.UTF_8))) {
        pending.add(file.getParent().resolve(ref));
      }
    }
    for (var e : inputs.entrySet()) {
      field(sha, e.getKey());
      sha.update(Files.readAllBytes(e.getValue()));
      sha.update((byte) 0);
    }
    return new InputFingerprint(HexFormat.of().formatHex(sha.digest()), inputs.size(),
        settings(base, config, pluginVersion, extra), new ArrayList<>(inputs.values()));
  }

  /** The file parts of the relative {@code $ref}s of a document ({@code ../common/errors.yaml}). */
  static List<String> fileRefs(String text) {
    List<String> refs = new ArrayList<>();
    for (int at = text.indexOf("$ref"); at >= 0; at = text.indexOf("$ref", at + 4)) {
      int i = at + 4;
      while (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == ':' || text.charAt(i) == ' ')) {
        i++;
      }
      int end = i;
      while (end < text.length() && "\"'#} \n\r\t,".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      String ref = text.substring(i, end);
      if (!ref.isEmpty() && !ref.contains("://")) {
        refs.add(ref);
      }
    }
    return refs;
  }

  int fileCount() {
    return fileCount;
  }

  /**
   * The counts of the last run when the stored fingerprint equals this one and the output it wrote is
   * still there; null when the goal has to generate.
   */
  String upToDate(Path stored, Path output) {
    try {
      if (!Files.isRegularFile(stored)) {
        return null;
      }
      List<String> lines = Files.readAllLines(stored, StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(digest)) {
        return null;
      }
      return outputComplete(output) ? lines.get(1) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether every file the last run wrote (its manifest) is still in the output folder. */
  private static boolean outputComplete(Path output) {
    return Manifest.complete(output.resolve(Manifest.FILE_NAME));
  }

  /** What a run produced, in the words of the no-op log line. */
  static String counts(GenerationResult r) {
    return r.documents() + " documents, " + r.services() + " services, " + r.operations() + " operations, "
        + r.types() + " types -> " + r.files().size() + " files";
  }

  /** Replaces the stored fingerprint, with the counts of the run; called only after a successful run. */
  void store(Path stored, String counts) throws IOException {
    Files.createDirectories(stored.getParent());
    Path temp = Files.createTempFile(stored.getParent(), stored.getFileName().toString(), ".tmp");
    StringBuilder text = new StringBuilder(digest).append('\n').append(counts).append('\n');
    String stamp = stamp(settings, inputs);
    if (stamp != null) {
      text.append("stamp ").append(stamp).append('\n');
      inputs.forEach(p -> text.append("input ").append(p).append('\n'));
    }
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
