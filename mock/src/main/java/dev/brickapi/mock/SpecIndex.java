package dev.brickapi.mock;

import dev.brickapi.codegen.load.SpecFile;
import dev.brickapi.codegen.load.SpecFiles;
import dev.brickapi.codegen.ext.ScopeExtension.Scope;
import dev.brickapi.codegen.ext.VendorExtensions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of every OpenAPI document under a specs folder (references resolved, also across files), and
 * the routing of a concrete request (method and path) to the operation and document that define it.
 */
public final class SpecIndex {

  /** One operation of one document. */
  public static final class Op {
    public final Path document;
    public final String documentName;
    public final String method;
    public final String pathTemplate;
    public final Operation operation;
    public final OpenAPI api;
    private final Pattern pattern;
    private final List<String> parameterNames = new ArrayList<>();

    Op(Path document, String documentName, String method, String pathTemplate, Operation operation, OpenAPI api) {
      this.document = document;
      this.documentName = documentName;
      this.method = method;
      this.pathTemplate = pathTemplate;
      this.operation = operation;
      this.api = api;
      this.pattern = Pattern.compile(toRegex(pathTemplate));
      Matcher names = PARAMETER.matcher(pathTemplate);
      while (names.find()) {
        parameterNames.add(names.group(1));
      }
    }

    /** The values of the path parameters in a path this operation matches, by name, percent-decoded (a plus stays a plus: paths are not forms). */
    public Map<String, String> pathParameters(String path) {
      Matcher m = pattern.matcher(path);
      Map<String, String> out = new java.util.LinkedHashMap<>();
      if (m.matches()) {
        for (int i = 0; i < parameterNames.size(); i++) {
          out.put(parameterNames.get(i), java.net.URLDecoder.decode(m.group(i + 1).replace("+", "%2B"),
              java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return out;
    }

    public String operationId() {
      return operation.getOperationId();
    }

    public String tag() {
      return operation.getTags() == null || operation.getTags().isEmpty() ? null : operation.getTags().get(0);
    }

    /** Whether the document is an Account API document. */
    public boolean account() {
      return Scope.orDefault(VendorExtensions.SCOPE.read(api.getExtensions())) == Scope.ACCOUNT;
    }

    boolean matches(String method, String path) {
      return this.method.equalsIgnoreCase(method) && pattern.matcher(path).matches();
    }

    /** The literal characters of the template: more means a more specific match. */
    int specificity() {
      return pathTemplate.replaceAll("\\{[^}]+}", "").length();
    }

    @Override
    public String toString() {
      return documentName + " " + method + " " + pathTemplate + " (" + operationId() + ")";
    }
  }

  /** The prefix of the temporary folders the specs jar is unpacked into. */
  static final String UNPACKED_PREFIX = "brickapi-specs";

  private final Path root;
  private final List<Op> ops;

  /**
   * Removes the specs folder when it is one unpacked from the jar (a temporary folder of ours); leaves any other
   * folder alone.
   */
  void removeIfUnpacked() {
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (root.getParent() == null || !root.getParent().equals(temp)
        || !root.getFileName().toString().startsWith(UNPACKED_PREFIX)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the unpacked specs " + root, e);
    }
  }

  private SpecIndex(Path root, List<Op> ops) {
    this.root = root;
    this.ops = ops;
  }

  /**
   * The specs: the folder of system property {@code brickapi.specs} when it is set, else the
   * {@code brickapi-specs} artifact on the class path (unpacked into a temporary folder when it is a jar, which
   * {@link MockWorkspace#close()} removes). A {@code specs} folder of the project the mock runs in is never taken
   * unless named: its own OpenAPI files are not the Databricks API.
   */
  public static Path defaultSpecs() {
    String property = System.getProperty("brickapi.specs");
    if (property != null) {
      Path named = Path.of(property).toAbsolutePath().normalize();
      if (!Files.isDirectory(named)) {
        throw new IllegalStateException("-Dbrickapi.specs=" + property + " is not a folder of specs");
      }
      return named;
    }
    Path unpacked = specsFromClassPath();
    if (unpacked != null) {
      return unpacked;
    }
    throw new IllegalStateException("no specs: set -Dbrickapi.specs=PATH or put dev.brickapi:brickapi-specs on the class path");
  }

  /** The specs of the brickapi-specs artifact on the class path (unpacked when it is a jar), or null. */
  public static Path specsFromClassPath() {
    java.net.URL readme = SpecIndex.class.getClassLoader().getResource("brickapi-specs/README.md");
    if (readme == null) {
      return null;
    }
    if ("file".equals(readme.getProtocol())) {
      try {
        return Path.of(readme.toURI()).getParent();
      } catch (java.net.URISyntaxException e) {
        return null;
      }
    }
    if (!"jar".equals(readme.getProtocol())) {
      return null;
    }
    String jar = readme.getPath().substring("file:".length(), readme.getPath().indexOf("!/"));
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(java.net.URLDecoder.decode(jar, java.nio.charset.StandardCharsets.UTF_8))) {
      Path target = Files.createTempDirectory(UNPACKED_PREFIX);
      for (java.util.jar.JarEntry entry : Collections.list(file.entries())) {
        if (entry.isDirectory() || !entry.getName().startsWith("brickapi-specs/")) {
          continue;
        }
        Path out = target.resolve(entry.getName().substring("brickapi-specs/".length())).normalize();
        if (!out.startsWith(target)) {
          continue;
        }
        Files.createDirectories(out.getParent());
        try (java.io.InputStream in = file.getInputStream(entry)) {
          Files.copy(in, out);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the brickapi-specs jar " + jar, e);
    }
  }

  public static SpecIndex load(Path root) {
    List<SpecFile> files;
    try {
      files = SpecFiles.under(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the specs folder " + root, e);
    }
    List<Op> ops = new ArrayList<>();
    for (SpecFile spec : files) {
      Path file = spec.path();
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setResolveFully(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options);
      OpenAPI api = result.getOpenAPI();
      if (api == null) {
        throw new IllegalStateException("cannot parse " + file + ": " + result.getMessages());
      }
      if (api.getPaths() == null) {
        continue;
      }
      String name = spec.name();
      for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
          ops.add(new Op(file, name, op.getKey().name(), path.getKey(), op.getValue(), api));
        }
      }
    }
    return new SpecIndex(root, Collections.unmodifiableList(ops));
  }

  public Path root() {
    return root;
  }

  public List<Op> operations() {
    return ops;
  }

  /** The operation that serves a concrete request, or null; the most literal template wins. */
  public Op route(String method, String path) {
    Op best = null;
    for (Op op : ops) {
      if (op.matches(method, path) && (best == null || op.specificity() > best.specificity())) {
        best = op;
      }
    }
    return best;
  }

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /**
   * The value of each path parameter of {@code template} in a concrete {@code path}, by parameter name, as written
   * in the path (not decoded); null when the path does not match the template. Parameters match as in
   * {@link #route}: one segment, or the rest of the path for a parameter that ends the template.
   */
  public static Map<String, String> pathValues(String template, String path) {
    Matcher values = Pattern.compile(toRegex(template)).matcher(path);
    if (!values.matches()) {
      return null;
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Matcher names = PARAMETER.matcher(template);
    for (int group = 1; names.find(); group++) {
      out.put(names.group(1), values.group(group));
    }
    return out;
  }

  /** The template as a regular expression with one group per path parameter. */
  static String toRegex(String template) {
    StringBuilder out = new StringBuilder();
    Matcher m = PARAMETER.matcher(template);
    int last = 0;
    while (m.find()) {
      out.append(Pattern.quote(template.substring(last, m.start())));
      // Path parameters may hold slashes when the template ends with them (file paths), else one segment.
      out.append(m.end() == template.length() ? "(.+)" : "([^/]+)");
      last = m.end();
    }
    out.append(Pattern.quote(template.substring(last)));
    return out.toString();
  }
}
