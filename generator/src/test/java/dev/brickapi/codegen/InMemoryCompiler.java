package dev.brickapi.codegen;

import dev.brickapi.codegen.write.FileSet;
import dev.brickapi.codegen.write.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process with {@code --release 11} against the test class path. */
public final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /** The test class path cut down to Feign, Jackson and brickapi-runtime: what generated code may depend on. */
  static String feignJacksonAndRuntimeOnly() {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      boolean runtime = (name.startsWith("brickapi-runtime-") && !name.endsWith("-tests.jar"))
          || path.endsWith(Path.of("runtime", "target", "classes"));
      if (runtime || name.startsWith("feign-core-") || name.startsWith("jackson-core-")
          || name.startsWith("jackson-databind-") || name.startsWith("jackson-annotations-")) {
        kept.add(entry);
      }
    }
    if (kept.size() != 5) {
      throw new IllegalStateException("expected feign-core, three Jackson jars and brickapi-runtime on the class path, "
          + "found " + kept);
    }
    return String.join(java.io.File.pathSeparator, kept);
  }

  /** Returns the compiler's diagnostics; empty when everything compiled without warnings of note. */
  public static String compile(FileSet files, Path classes) throws IOException {
    return compile(files, classes, List.of());
  }

  /** As {@link #compile(FileSet, Path)}, with more lint options ({@code -Xlint:-deprecation}). */
  public static String compile(FileSet files, Path classes, List<String> lint) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile f : files.files()) {
      if (f.path().endsWith(".java")) {
        sources.add(new SimpleJavaFileObject(URI.create("string:///" + f.path()), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return f.content();
          }
        });
      }
    }
    Files.createDirectories(classes);
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      List<String> options = new ArrayList<>(List.of("--release", "11", "-Xlint:all", "-Xlint:-serial"));
      options.addAll(lint);
      options.addAll(List.of("-Werror", "-d", classes.toString(), "-classpath", feignJacksonAndRuntimeOnly()));
      boolean ok = javac.getTask(out, fm, null, options, null, sources).call();
      return ok ? out.toString() : "FAILED\n" + out;
    }
  }
}
