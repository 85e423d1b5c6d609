package dev.brickapi.codegen;

import dev.brickapi.codegen.problem.Problem;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The command line: {@code java -jar brickapi-generator-<v>-cli.jar --spec DIR_OR_FILE... --out DIR --package P}.
 * Exit codes: 0 generated, 1 problems in the specs, 2 wrong usage.
 */
public final class Main {

  static final String USAGE = String.join("\n",
      "usage: brickapi --spec DIR_OR_FILE... --out DIR --package PACKAGE [options]",
      "",
      "Generates Feign interfaces, Jackson models and a Markdown reference from OpenAPI 3.0 documents.",
      "",
      "  --spec PATH...      spec files or folders (searched for *.yaml, *.yml, *.json); repeatable",
      "  --out DIR           output folder of the Java sources; files whose content did not change are left untouched",
      "  --docs-out DIR      output folder of the Markdown reference (default: docs/ under --out)",
      "  --package P         base Java package, e.g. com.example.api",
      "  --document GLOB     generate only documents whose name matches, e.g. '2.0/*.yaml'; repeatable",
      "  --tag TAG           generate only the services (tags) named; repeatable",
      "  --no-docs           do not write the Markdown reference",
      "  --report            print the operations each document defines, write nothing (no --out needed)",
      "  --help              print this help",
      "",
      "Exit status: 0 generated, 1 problems in the specs (all listed on stderr), 2 wrong usage.");

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    GeneratorConfig.Builder config = GeneratorConfig.builder();
    boolean sawSpec = false;
    boolean sawOut = false;
    boolean sawPackage = false;
    boolean report = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        case "--spec" -> {
          int j = i + 1;
          while (j < args.length && !args[j].startsWith("--")) {
            config.spec(Path.of(args[j++]));
            sawSpec = true;
          }
          if (j == i + 1) {
            return usage(err, "--spec needs at least one file or folder");
          }
          i = j - 1;
        }
        case "--out" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--out needs a folder");
          }
          config.output(Path.of(args[++i]));
          sawOut = true;
        }
        case "--docs-out" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--docs-out needs a folder");
          }
          config.docsOutput(Path.of(args[++i]));
        }
        case "--package" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--package needs a Java package name");
          }
          config.basePackage(args[++i]);
          sawPackage = true;
        }
        case "--document" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--document needs a glob pattern");
          }
          config.document(args[++i]);
        }
        case "--tag" -> {
          if (i + 1 >= args.length) {
            return usage(err, "--tag needs a tag name");
          }
          config.tag(args[++i]);
        }
        case "--no-docs" -> config.docs(false);
        case "--report" -> report = true;
        default -> {
          return usage(err, "unknown option '" + a + "'");
        }
      }
    }
    if (report) {
      if (!sawSpec) {
        return usage(err, "--report needs --spec");
      }
      if (!sawPackage) {
        config.basePackage("api");
      }
      return report(config.output(null).docs(false).build(), out, err);
    }
    if (!sawSpec || !sawOut || !sawPackage) {
      return usage(err, "--spec, --out and --package are required");
    }
    GenerationResult result = Generator.generate(config.build());
    for (Problem p : result.problems()) {
      err.println(p.format());
    }
    (result.ok() ? out : err).println(result.summary());
    return result.ok() ? 0 : 1;
  }

  private static int report(GeneratorConfig config, PrintStream out, PrintStream err) {
    GenerationResult result = Generator.generate(config);
    for (Problem p : result.problems()) {
      err.println(p.format());
    }
    if (!result.ok()) {
      err.println(result.summary());
      return 1;
    }
    out.printf("%-45s %-55s %9s %11s%n", "document", "title", "services", "operations");
    for (GenerationResult.DocumentCount c : result.byDocument()) {
      out.printf("%-45s %-55s %9d %11d%n", c.document(), c.title(), c.services(), c.operations());
    }
    out.printf("%-45s %-55s %9d %11d%n", "total (" + result.documents() + " documents)", "", result.services(), result.operations());
    return 0;
  }

  private static int usage(PrintStream err, String message) {
    err.println("brickapi: " + message);
    err.println(USAGE);
    return 2;
  }
}
