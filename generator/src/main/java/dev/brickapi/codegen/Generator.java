package dev.brickapi.codegen;

import dev.brickapi.codegen.emit.docs.DocsEmitter;
import dev.brickapi.codegen.emit.java.JavaEmitter;
import dev.brickapi.codegen.link.Linker;
import dev.brickapi.codegen.link.TagAccessors;
import dev.brickapi.codegen.load.DocumentPatterns;
import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.load.SpecLoader;
import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NamePlanner;
import dev.brickapi.codegen.naming.ServiceAccessors;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import dev.brickapi.codegen.write.FileSet;
import dev.brickapi.codegen.write.GeneratedFile;
import dev.brickapi.codegen.write.OutputLayout;
import dev.brickapi.codegen.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The generator: OpenAPI 3.0 documents in, Java sources and a Markdown reference out, in five stages.
 *
 * <ol>
 *   <li><b>load</b>: read every document with swagger-parser, references left unresolved;
 *   <li><b>link</b>: resolve references across documents into one model, where a schema defined once is
 *       one Java type, and give everything its Java name (the services' accessors by {@link ServiceAccessors});
 *   <li><b>naming</b>: decide every name the emitters derive (accessors, paging and waiting methods, nested
 *       types, locals), scope by scope ({@link NamePlanner});
 *   <li><b>emit</b>: JavaPoet writes the Feign interfaces and models, Mustache the reference;
 *   <li><b>write</b>: only when nothing is wrong, and only the files whose content changed.
 * </ol>
 *
 * <p>All problems of a run are collected and reported together. The stages before write are a pure
 * function of the spec bytes and the configuration: the same input gives byte-identical output.
 */
public final class Generator {

  private Generator() {}

  /** Generates and, when the configuration names an output folder and nothing is wrong, writes. */
  public static GenerationResult generate(GeneratorConfig config) {
    long start = System.nanoTime();
    Plan plan = plan(config);
    int written = 0;
    int unchanged = 0;
    int deleted = 0;
    Problems problems = plan.problems;
    if (!problems.hasErrors() && config.output() != null) {
      try {
        OutputLayout layout = OutputLayout.of(config.output(), config.docsOutput(), config.manifest());
        OutputWriter.Outcome outcome = new OutputWriter().write(layout, plan.files);
        written = outcome.written();
        unchanged = outcome.unchanged();
        deleted = outcome.deleted();
      } catch (IOException e) {
        problems.error(new SourceRef(config.output().toString(), "", 0), "cannot write the output: " + e,
            "check that the output folder is writable");
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    ApiModel m = plan.model;
    return new GenerationResult(problems.sorted(), plan.files,
        m == null ? 0 : (int) m.documents().stream().filter(d -> d.selected()).count(),
        m == null ? 0 : m.services().size(),
        m == null ? 0 : m.operationCount(),
        m == null ? 0 : m.types().size(),
        written, unchanged, deleted, millis, counts(m), plan.inputs, leftAside(m));
  }

  /** How many media types the bodies offer that the client does not use. */
  private static int leftAside(ApiModel model) {
    if (model == null) {
      return 0;
    }
    return model.services().stream().flatMap(s -> s.operations().stream())
        .flatMap(op -> java.util.stream.Stream.of(op.request(), op.response()))
        .filter(java.util.Objects::nonNull).mapToInt(b -> b.leftAside().size()).sum();
  }

  private static List<GenerationResult.DocumentCount> counts(ApiModel model) {
    List<GenerationResult.DocumentCount> counts = new ArrayList<>();
    if (model == null) {
      return counts;
    }
    for (var doc : model.documents()) {
      if (doc.selected()) {
        var services = model.services().stream().filter(s -> s.document().name().equals(doc.name())).toList();
        counts.add(new GenerationResult.DocumentCount(doc.name(), doc.title(), doc.javaPackage(), services.size(),
            services.stream().mapToInt(s -> s.operations().size()).sum()));
      }
    }
    return counts;
  }

  private record Plan(ApiModel model, FileSet files, Problems problems, List<Path> inputs) {}

  private static Plan plan(GeneratorConfig config) {
    Problems problems = new Problems();
    FileSet files = new FileSet();
    if (config.specs().isEmpty()) {
      problems.error(new SourceRef("", "", 0), "no spec files or folders were given", "name at least one with --spec");
      return new Plan(null, files, problems, List.of());
    }
    if (!JavaIdentifiers.isValidPackage(config.basePackage())) {
      problems.error(new SourceRef("", "", 0), "'" + config.basePackage() + "' is not a valid Java package",
          "use lowercase words separated by dots, e.g. com.example.api");
      return new Plan(null, files, problems, List.of());
    }
    SpecLoader loader = new SpecLoader(problems);
    List<LoadedDocument> documents = loader.load(config.specs(), DocumentPatterns.of(config.documents()));
    List<Path> inputs = loader.read();
    Map<String, LoadedDocument> byName = new HashMap<>();
    documents.forEach(d -> byName.put(d.name(), d));
    problems.useLines((file, pointer) -> {
      LoadedDocument d = byName.get(file);
      return d == null ? 0 : d.lines().lineOf(pointer);
    });
    if (documents.stream().noneMatch(LoadedDocument::selected) && !problems.hasErrors()) {
      problems.error(new SourceRef(String.join(", ", config.specs().stream().map(Path::toString).toList()), "", 0),
          "no spec documents found" + (config.documents().isEmpty() ? "" : " matching " + config.documents()),
          "point at .yaml, .yml or .json OpenAPI documents, or correct the document patterns");
    }
    if (documents.isEmpty()) {
      return new Plan(null, files, problems, inputs);
    }
    Predicate<String> tags = config.tags().isEmpty() ? t -> true : config.tags()::contains;
    ApiModel model;
    try {
      model = new Linker(problems).link(documents, config.basePackage(), tags);
    } catch (RuntimeException e) {
      if (!problems.hasErrors()) {
        throw e; // a valid input that crashes the linker is a bug, not a user error
      }
      // Invalid documents can confuse the linker; the problems already found explain why.
      addParserProblems(loader, problems);
      return new Plan(null, files, problems, inputs);
    }
    ServiceAccessors accessors = ServiceAccessors.decide(model.services(), TagAccessors.read(documents, problems), problems);
    addParserProblems(loader, problems);
    if (problems.hasErrors()) {
      return new Plan(model, files, problems, inputs);
    }
    List<GeneratedFile> out = new ArrayList<>(new JavaEmitter(model, NamePlanner.plan(model), accessors).emit());
    if (config.docs()) {
      out.addAll(new DocsEmitter(model).emit());
    }
    out.forEach(files::add);
    return new Plan(model, files, problems, inputs);
  }

  private static void addParserProblems(SpecLoader loader, Problems problems) {
    java.util.Set<String> precise = new java.util.HashSet<>();
    problems.sorted().stream().filter(p -> p.isError()).forEach(p -> precise.add(p.file()));
    loader.parserProblems().stream().filter(p -> !precise.contains(p.file())).forEach(problems::add);
  }
}
