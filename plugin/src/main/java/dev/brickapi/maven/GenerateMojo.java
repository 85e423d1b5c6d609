package dev.brickapi.maven;

import dev.brickapi.codegen.GenerationResult;
import dev.brickapi.codegen.Generator;
import dev.brickapi.codegen.GeneratorConfig;
import dev.brickapi.codegen.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Generates Feign interfaces, Jackson models and a Markdown reference from OpenAPI 3.0 documents, and
 * adds the output folder to the compile source root.
 *
 * <p>The goal is a thin front end: it maps its parameters to a {@link GeneratorConfig} and calls the
 * generator, but only when the inputs changed. The inputs (every spec file's content, the plugin's
 * version and every parameter) are fingerprinted; when the fingerprint equals the one stored after the
 * last successful run, nothing is regenerated. Either way the goal logs one line, with counts and time.
 * A broken spec fails the build with the generator's messages (file, pointer, what and how to mend)
 * and leaves the previously generated sources in place.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateMojo extends AbstractMojo {

  /**
   * A folder of OpenAPI documents ({@code *.yaml}, {@code *.yml}, {@code *.json}, searched recursively;
   * {@code target/} folders are skipped). Document names are paths relative to this folder, such as
   * {@code 2.0/clusters.yaml}. At least one of {@code specDirectory}, {@code specFiles} and
   * {@code specArtifact} must be given.
   */
  @Parameter(property = "brickapi.specDirectory")
  private File specDirectory;

  /**
   * Single OpenAPI documents to generate from, in addition to (or instead of) {@code specDirectory}. A
   * document's name is its file name; the documents it references with a relative {@code $ref} are read
   * too.
   */
  @Parameter(property = "brickapi.specFiles")
  private List<File> specFiles = new ArrayList<>();

  /**
   * Glob patterns on document names (relative to the spec folder or unpacked spec artifact, forward
   * slashes, e.g. {@code 2.0/secrets.yaml}, {@code 2.1/unity-catalog-*.yaml}, {@code **}{@code /*.yaml})
   * selecting the documents to generate. Empty: every document. Documents that are not selected are
   * still read when a selected one references them.
   */
  @Parameter(property = "brickapi.includes")
  private List<String> includes = new ArrayList<>();

  /** Glob patterns on document names (as for {@code includes}) of documents not to generate. */
  @Parameter(property = "brickapi.excludes")
  private List<String> excludes = new ArrayList<>();

  /**
   * A jar of specs to generate from, as {@code groupId:artifactId:version} (or
   * {@code groupId:artifactId:extension:version}), for example
   * {@code dev.brickapi:brickapi-specs:0.1.0}. The module of the same name in the current build is used
   * when there is one; otherwise the artifact is resolved from the repositories. Its spec files are
   * copied to {@code target/brickapi-specs/}<i>artifactId</i>; when the jar has a {@code brickapi-specs/}
   * folder, that folder is the spec folder. Combines with {@code specDirectory} and {@code specFiles}.
   */
  @Parameter(property = "brickapi.specArtifact")
  private String specArtifact;

  /**
   * Where the Java sources go, at their package paths. The goal adds it to the compile source root, so
   * nothing but Java sources is written here.
   */
  @Parameter(property = "brickapi.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/brickapi")
  private File outputDirectory;

  /**
   * Where the Markdown reference goes (one page per document and an {@code index.md}), when {@code docs}
   * is on. The list of what a run wrote is kept next to the fingerprint, in
   * {@code target/brickapi/<execution id>.files}.
   */
  @Parameter(property = "brickapi.docsOutputDirectory", defaultValue = "${project.build.directory}/brickapi/docs")
  private File docsOutputDirectory;

  /**
   * The package every document's package goes below: {@code 2.0/clusters.yaml} becomes
   * {@code <basePackage>.clusters.v20} unless the document names its own with {@code x-brickapi-package}.
   */
  @Parameter(property = "brickapi.basePackage", required = true)
  private String basePackage;

  /**
   * Glob patterns on document names passed to the generator (as for {@code includes}); empty for all.
   * Kept for symmetry with the command line's {@code --document}; {@code includes}/{@code excludes} are
   * usually clearer.
   */
  @Parameter(property = "brickapi.documents")
  private List<String> documents = new ArrayList<>();

  /** Tags (services) to generate, such as {@code Clusters}; empty for all. */
  @Parameter(property = "brickapi.tags")
  private List<String> tags = new ArrayList<>();

  /** Whether to write the Markdown reference into {@code docsOutputDirectory}. */
  @Parameter(property = "brickapi.docs", defaultValue = "true")
  private boolean docs;

  /** Skips the goal: nothing is generated and the output folder is not added to the source roots. */
  @Parameter(property = "brickapi.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Component
  private RepositorySystem repositorySystem;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("brickapi: skipped (brickapi.skip); nothing was generated");
      return;
    }
    long start = System.nanoTime();
    Path base = project.getBasedir().toPath();
    Path target = Path.of(project.getBuild().getDirectory());
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();

    List<Path> roots = new ArrayList<>();
    if (specDirectory != null) {
      roots.add(specDirectory.toPath().toAbsolutePath().normalize());
    }
    if (specArtifact != null && !specArtifact.isBlank()) {
      roots.add(new SpecArtifact(specArtifact.trim(), repositorySystem, session, project).unpackUnder(target.resolve("brickapi-specs")));
    }
    List<Path> files = specFiles.stream().map(f -> f.toPath().toAbsolutePath().normalize()).toList();
    if (roots.isEmpty() && files.isEmpty()) {
      throw new MojoFailureException("brickapi: no specs to generate from: set specDirectory, specFiles or specArtifact");
    }
    List<String> selection = new DocumentSelection(includes, excludes, documents).select(roots);

    Path state = target.resolve("brickapi");
    Path manifest = state.resolve(mojoExecution.getExecutionId() + ".files");
    GeneratorConfig.Builder config = GeneratorConfig.builder().output(output).basePackage(basePackage).docs(docs)
        .docsOutput(docsOutputDirectory.toPath().toAbsolutePath().normalize()).manifest(manifest);
    roots.forEach(config::spec);
    files.forEach(config::spec);
    selection.forEach(config::document);
    tags.forEach(config::tag);
    GeneratorConfig generatorConfig = config.build();

    List<String> extra = List.of(String.valueOf(specArtifact), String.join(",", includes), String.join(",", excludes));
    Path stored = state.resolve(mojoExecution.getExecutionId() + InputFingerprint.SUFFIX);
    project.addCompileSourceRoot(output.toString());
    List<Path> candidates;
    try {
      candidates = InputFingerprint.specFiles(roots, files);
    } catch (IOException e) {
      throw new MojoExecutionException("brickapi: cannot list the specs: " + e.getMessage(), e);
    }
    String unchanged = InputFingerprint.unchanged(stored, manifest, base, generatorConfig, plugin.getVersion(), extra, candidates);
    if (unchanged != null) {
      getLog().info("brickapi: inputs unchanged, nothing was regenerated (" + unchanged + " in "
          + (System.nanoTime() - start) / 1_000_000 + " ms)");
      return;
    }
    GenerationResult result;
    try {
      result = Generator.generate(generatorConfig);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("brickapi: the generator failed unexpectedly (a bug; please report it): " + e, e);
    }
    for (Problem p : result.problems()) {
      if (!p.isError()) {
        getLog().warn(p.format());
      }
    }
    if (!result.ok()) {
      throw new MojoFailureException(result.summary() + "; the previous sources were kept:\n"
          + result.errors().stream().map(Problem::format).collect(Collectors.joining("\n")));
    }
    try {
      InputFingerprint.of(base, generatorConfig, plugin.getVersion(), extra, candidates, result.inputs())
          .store(stored, InputFingerprint.counts(result));
    } catch (IOException e) {
      getLog().warn("brickapi: cannot store the input fingerprint (the next build regenerates): " + e.getMessage());
    }
    getLog().info(result.summary());
  }
}
