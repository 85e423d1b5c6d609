package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.RuntimeMark;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The registry of brickapi's vendor extensions (specs/README.md documents each). The generator, the
 * spec lint and the mock workspace all read extensions through it, so they agree on what each means.
 *
 * <p>{@link #read} checks the {@code x-brickapi-*} keys of one node: an unknown key and a known key in
 * the wrong place are reported with file and pointer, every other one is parsed by its definition.
 */
public final class VendorExtensions {

  public static final String PREFIX = "x-brickapi-";

  public static final PackageExtension PACKAGE = new PackageExtension();
  public static final ScopeExtension SCOPE = new ScopeExtension();
  public static final ClientParametersExtension CLIENT_PARAMETERS = new ClientParametersExtension();
  public static final PaginationExtension PAGINATION = new PaginationExtension();
  public static final WaitExtension WAIT = new WaitExtension();
  public static final SensitiveExtension SENSITIVE = new SensitiveExtension();
  public static final IdempotentExtension IDEMPOTENT = new IdempotentExtension();
  public static final AccessorExtension ACCESSOR = AccessorExtension.name();
  public static final AccessorExtension ACCESSOR_PREFIX = AccessorExtension.prefix();
  public static final RequiredOrderExtension REQUIRED_ORDER = new RequiredOrderExtension();
  public static final QueryObjectExtension QUERY_OBJECT = new QueryObjectExtension();
  public static final Int32Extension INT32 = new Int32Extension();

  /** Every extension brickapi knows. */
  public static final VendorExtensions ALL =
      new VendorExtensions(List.of(PACKAGE, SCOPE, CLIENT_PARAMETERS, PAGINATION, WAIT, SENSITIVE, IDEMPOTENT,
          ACCESSOR, ACCESSOR_PREFIX, REQUIRED_ORDER, QUERY_OBJECT, INT32));

  private final Map<String, ExtensionDefinition<?>> byKey = new LinkedHashMap<>();

  VendorExtensions(List<ExtensionDefinition<?>> definitions) {
    for (ExtensionDefinition<?> d : definitions) {
      if (!d.key().startsWith(PREFIX) || byKey.putIfAbsent(d.key(), d) != null) {
        throw new IllegalArgumentException("bad or duplicate extension key " + d.key());
      }
    }
  }

  public List<ExtensionDefinition<?>> definitions() {
    return List.copyOf(byKey.values());
  }

  public Optional<ExtensionDefinition<?>> definition(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * Checks and parses the brickapi extensions of one node.
   *
   * @param site what the node is
   * @param extensions the node's extensions (keys starting {@code x-}); other keys are ignored
   * @param at where the node is
   */
  public ExtensionValues read(Site site, Map<String, ?> extensions, SourceRef at, Problems problems) {
    if (extensions == null || extensions.isEmpty()) {
      return ExtensionValues.NONE;
    }
    Map<ExtensionDefinition<?>, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : extensions.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      ExtensionDefinition<?> d = byKey.get(key);
      SourceRef here = at.child(key);
      if (d == null) {
        problems.error(here, "unknown extension " + key, "use one of " + String.join(", ", new TreeSet<>(byKey.keySet()))
            + " (specs/README.md)");
      } else if (!d.sites().contains(site)) {
        String allowed = d.sites().stream().map(Site::where).collect(Collectors.joining(" or "));
        problems.error(here, key + " belongs " + allowed + ", not " + site.where(),
            "move it " + d.sites().stream().map(Site::moveTo).collect(Collectors.joining(" or ")));
      } else {
        d.parse(e.getValue(), here, problems).ifPresent(v -> values.put(d, v));
      }
    }
    List<RuntimeMark> marks = new ArrayList<>();
    for (ExtensionDefinition<?> d : byKey.values()) {
      if (values.containsKey(d)) {
        mark(d, values.get(d)).ifPresent(marks::add);
      }
    }
    return values.isEmpty() ? ExtensionValues.NONE : new ExtensionValues(values, marks);
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<RuntimeMark> mark(ExtensionDefinition<T> d, Object value) {
    return d.runtimeMark((T) value);
  }

  /** The sites where {@code key} may appear; empty for an unknown key. */
  public Set<Site> sitesOf(String key) {
    ExtensionDefinition<?> d = byKey.get(key);
    return d == null ? Set.of() : d.sites();
  }
}
