package dev.brickapi.codegen.load;

import dev.brickapi.codegen.problem.Problem;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads OpenAPI 3.0 documents with swagger-parser, leaving {@code $ref}s unresolved (the linker
 * resolves them across documents), and loads every document another one references. The only class
 * that talks to swagger-parser's reader.
 */
public final class SpecLoader {

  private final Problems problems;
  private final Map<Path, LoadedDocument> loaded = new LinkedHashMap<>();
  private final List<Path> roots = new ArrayList<>();
  private final List<Problem> parserProblems = new ArrayList<>();
  private final Set<Path> read = new HashSet<>();

  /**
   * swagger-parser's own complaints, which carry no position. They are reported only for documents in
   * which the linker finds nothing more precise (it usually finds the same problem, with a pointer).
   */
  public List<Problem> parserProblems() {
    return List.copyOf(parserProblems);
  }

  public SpecLoader(Problems problems) {
    this.problems = problems;
  }

  /**
   * Loads the documents named by {@code inputs} (files, or folders searched as {@link SpecFiles} does)
   * whose names {@code selected} accepts, then every document they reference. Documents come back in a
   * stable order: by name.
   */
  public List<LoadedDocument> load(List<Path> inputs, DocumentPatterns selected) {
    Deque<Path> pending = new ArrayDeque<>();
    for (Path input : inputs) {
      Path abs = input.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        roots.add(abs);
        try {
          SpecFiles.under(abs).stream()
              .filter(f -> selected.selects(f.name()) && !loaded.containsKey(f.path()))
              .toList()
              .parallelStream()
              .map(f -> parse(f.path(), nameOf(f.path())))
              .toList()
              .forEach(parsed -> register(parsed, true, pending));
        } catch (IOException | UncheckedIOException e) {
          problems.error(new SourceRef(input.toString(), "", 0), "cannot read the spec folder: " + e.getMessage(),
              "check that the folder exists and is readable");
        }
      } else if (Files.isRegularFile(abs)) {
        if (abs.getParent() != null && !roots.contains(abs.getParent())) {
          roots.add(abs.getParent());
        }
        read(abs, true, pending);
      } else {
        problems.error(new SourceRef(input.toString(), "", 0), "spec file or folder not found",
            "check the path; it is resolved against " + Path.of("").toAbsolutePath());
      }
    }
    while (!pending.isEmpty()) {
      Path next = pending.pop();
      if (!loaded.containsKey(next)) {
        read(next, false, pending);
      }
    }
    return loaded.values().stream()
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  /**
   * Every file this loader read, sorted: the selected documents and every document reached through a
   * relative {@code $ref}, including those that turned out not to be valid OpenAPI.
   */
  public List<Path> read() {
    return read.stream().sorted().toList();
  }

  /** The path relative to the spec folder that holds it, with forward slashes. */
  private String nameOf(Path abs) {
    Path best = null;
    for (Path root : roots) {
      if (abs.startsWith(root) && (best == null || root.getNameCount() > best.getNameCount())) {
        best = root;
      }
    }
    Path rel = best == null ? abs : best.relativize(abs);
    return rel.toString().replace('\\', '/');
  }

  /** Reads and parses one file; touches no shared state, so files can be parsed in parallel. */
  private Parsed parse(Path abs, String name) {
    Problems local = new Problems();
    List<Problem> parser = new ArrayList<>();
    String text;
    try {
      text = Files.readString(abs, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      local.error(new SourceRef(name, "", 0), "cannot read the file: " + e.getMessage(),
          "check that it exists, is readable and is UTF-8");
      return new Parsed(abs, name, null, local, parser);
    }
    LineIndex lines = LineIndex.lazy(text);
    String version = lines.topLevel("openapi");
    if (version == null) {
      Problem malformed = malformed(name, text);
      if (malformed != null) {
        local.add(malformed);
        return new Parsed(abs, name, null, local, parser);
      }
      String swagger = lines.topLevel("swagger");
      local.error(new SourceRef(name, swagger != null ? "/swagger" : "", 1),
          swagger != null ? "Swagger " + swagger + " documents are not supported" : "not an OpenAPI document: no top-level 'openapi' field",
          "brickapi reads OpenAPI 3.0 documents; start the document with 'openapi: 3.0.3'");
      return new Parsed(abs, name, null, local, parser);
    }
    if (!version.startsWith("3.0")) {
      local.error(new SourceRef(name, "/openapi", lines.lineOf("/openapi")),
          "OpenAPI " + version + " is not supported", "brickapi reads OpenAPI 3.0.x documents; write 'openapi: 3.0.3'");
      return new Parsed(abs, name, null, local, parser);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    options.setResolveFully(false);
    options.setFlatten(false);
    options.setValidateExternalRefs(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getMessages() != null) {
      for (String message : result.getMessages()) {
        if (message.contains("#/components/") || message.contains("$ref")
            || message.contains("There are duplicate parameter values")) {
          // Reference problems are reported by the linker, with the pointer of the reference; so are duplicate
          // parameters, which swagger-parser also reports for distinct ones it cannot resolve (a $ref into paths).
          continue;
        }
        if (aboutInfo(message)) {
          // A malformed contact or licence (a URL without its scheme) changes nothing that is generated.
          parser.add(new Problem(Problem.Severity.WARNING, name, "/info", 0, "invalid OpenAPI in info (nothing "
              + "generated depends on it): " + message, "correct the document so it follows the OpenAPI 3.0 specification"));
          continue;
        }
        String pointer = ParserMessages.pointer(message);
        parser.add(new Problem(Problem.Severity.ERROR, name, pointer, pointer.isEmpty() ? 0 : lines.lineOf(pointer),
            "invalid OpenAPI: " + message, "correct the document so it follows the OpenAPI 3.0 specification"));
      }
    }
    if (result.getOpenAPI() == null) {
      Problem malformed = malformed(name, text);
      if (malformed != null) {
        local.add(malformed);
        parser.clear();
      }
      return new Parsed(abs, name, null, local, parser);
    }
    return new Parsed(abs, name, new LoadedDocument(abs, name, result.getOpenAPI(), lines, false), local, parser);
  }

  private static boolean aboutInfo(String message) {
    return message.startsWith("attribute info.") || message.startsWith("info.");
  }

  private record Parsed(Path abs, String name, LoadedDocument document, Problems problems, List<Problem> parserProblems) {}

  private void read(Path abs, boolean selected, Deque<Path> pending) {
    if (!loaded.containsKey(abs)) {
      register(parse(abs, nameOf(abs)), selected, pending);
    }
  }

  private void register(Parsed parsed, boolean selected, Deque<Path> pending) {
    read.add(parsed.abs());
    problems.addAll(parsed.problems());
    parserProblems.addAll(parsed.parserProblems());
    if (parsed.document() == null || loaded.containsKey(parsed.abs())) {
      return;
    }
    Path abs = parsed.abs();
    LoadedDocument d = parsed.document();
    LineIndex lines = d.lines();
    loaded.put(abs, new LoadedDocument(abs, d.name(), d.api(), lines, selected));
    for (String ref : lines.refs()) {
      int hash = ref.indexOf('#');
      String file = hash < 0 ? ref : ref.substring(0, hash);
      if (file.isEmpty() || file.contains("://")) {
        continue;
      }
      Path target = abs.getParent().resolve(file).normalize();
      if (Files.isRegularFile(target) && !loaded.containsKey(target)) {
        pending.add(target);
      }
      // A missing target is reported by the linker, which knows the pointer of the reference.
    }
  }

  /** A precise message when the text is not well-formed YAML/JSON, or null when it is. */
  private static Problem malformed(String name, String text) {
    try {
      LineIndex.check(text);
      return null;
    } catch (MarkedYAMLException e) {
      boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String context = e.getContext() == null || e.getContextMark() == null ? ""
          : ", " + firstLine(e.getContext()) + " at line " + (e.getContextMark().getLine() + 1);
      return new Problem(Problem.Severity.ERROR, name, "", line,
          "malformed " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getProblem() == null ? e.getMessage() : e.getProblem()) + context,
          json ? "check the brackets, braces, commas and quotes around that line"
              : "check the indentation, quotes and brackets around that line");
    } catch (YAMLException e) {
      return new Problem(Problem.Severity.ERROR, name, "", 0, "malformed YAML/JSON: " + firstLine(e.getMessage()),
          "fix the document's syntax");
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
