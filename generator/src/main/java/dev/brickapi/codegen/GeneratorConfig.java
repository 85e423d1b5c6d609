package dev.brickapi.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a generation run needs. Built with {@link #builder()}; front ends (the command line, the
 * Maven plugin) only fill it in.
 *
 * @param specs spec files and folders (folders are searched for {@code *.yaml}, {@code *.yml}, {@code *.json})
 * @param output the folder the Java sources are written into; null to generate in memory only
 * @param basePackage the package every document's package goes below
 * @param documents glob patterns on document names ({@code 2.0/*.yaml}); empty for all
 * @param tags tags (services) to generate; empty for all
 * @param docs whether to write the Markdown reference
 * @param docsOutput the folder the Markdown reference is written into; null for {@code docs/} of {@code output}
 * @param manifest the file that lists what the run wrote, so the next run removes what it no longer
 *     produces; null for {@value dev.brickapi.codegen.write.OutputWriter#MANIFEST} in {@code output}
 */
public record GeneratorConfig(List<Path> specs, Path output, String basePackage, List<String> documents,
    List<String> tags, boolean docs, Path docsOutput, Path manifest) {

  public GeneratorConfig {
    specs = List.copyOf(specs);
    Objects.requireNonNull(basePackage, "basePackage");
    documents = List.copyOf(documents);
    tags = List.copyOf(tags);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder().output(output).basePackage(basePackage).docs(docs).docsOutput(docsOutput)
        .manifest(manifest);
    specs.forEach(b::spec);
    documents.forEach(b::document);
    tags.forEach(b::tag);
    return b;
  }

  /** Collects the configuration; only the base package has no default. */
  public static final class Builder {
    private final List<Path> specs = new ArrayList<>();
    private Path output;
    private String basePackage;
    private final List<String> documents = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private boolean docs = true;
    private Path docsOutput;
    private Path manifest;

    public Builder spec(Path spec) {
      specs.add(Objects.requireNonNull(spec, "spec"));
      return this;
    }

    public Builder output(Path output) {
      this.output = output;
      return this;
    }

    public Builder basePackage(String basePackage) {
      this.basePackage = basePackage;
      return this;
    }

    public Builder document(String glob) {
      documents.add(Objects.requireNonNull(glob, "glob"));
      return this;
    }

    public Builder tag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    public Builder docs(boolean docs) {
      this.docs = docs;
      return this;
    }

    public Builder docsOutput(Path docsOutput) {
      this.docsOutput = docsOutput;
      return this;
    }

    public Builder manifest(Path manifest) {
      this.manifest = manifest;
      return this;
    }

    public GeneratorConfig build() {
      return new GeneratorConfig(specs, output, basePackage == null ? "" : basePackage, documents, tags, docs,
          docsOutput, manifest);
    }
  }
}
