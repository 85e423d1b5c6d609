package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code x-brickapi-pagination} on an operation: how it pages, in one of the {@link PagingStyle}s. The
 * generator adds a method that iterates over every item, fetching pages lazily.
 */
public final class PaginationExtension implements ExtensionDefinition<Pagination> {

  PaginationExtension() {}

  @Override
  public String key() {
    return "x-brickapi-pagination";
  }

  @Override
  public Set<Site> sites() {
    return Set.of(Site.OPERATION);
  }

  @Override
  public Optional<Pagination> parse(Object raw, SourceRef at, Problems problems) {
    if (!(raw instanceof Map<?, ?> map)) {
      problems.error(at, key() + " must be an object", "write style:, items: and the keys of the style (specs/README.md)");
      return Optional.empty();
    }
    Object name = map.get("style");
    Optional<PagingStyle> found = name instanceof String s ? PagingStyle.named(s) : Optional.empty();
    if (found.isEmpty()) {
      problems.error(at.child("style"), key() + " has " + (name == null ? "no style" : "unknown style '" + name + "'"),
          "use one of " + PagingStyle.names());
      return Optional.empty();
    }
    PagingStyle style = found.get();
    boolean ok = true;
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String k = String.valueOf(e.getKey());
      if (!style.keys().contains(k)) {
        problems.error(at.child(k), "unknown key '" + k + "' for pagination style " + style.name(),
            "the keys of style " + style.name() + " are " + String.join(", ", style.keys()));
        ok = false;
      } else if (!(e.getValue() instanceof String v) || v.isBlank()) {
        problems.error(at.child(k), "pagination key " + k + " is " + RawReader.describe(e.getValue()) + ", not a field name",
            "write the JSON field name");
        ok = false;
      } else {
        values.put(k, v);
      }
    }
    List<String> required = new ArrayList<>(List.of("items"));
    required.addAll(style.required());
    for (String k : required) {
      if (!map.containsKey(k)) {
        problems.error(at, "pagination style " + style.name() + " needs the key " + k, "add " + k + ": <JSON field name>");
        ok = false;
      }
    }
    return ok ? Optional.of(style.build().apply(values)) : Optional.empty();
  }

  /**
   * Checks that the fields {@code p} names exist with fitting types, and completes it (item type, where
   * the paging field is); empty, with problems, when they do not.
   */
  Optional<Pagination> check(Pagination p, Operation op, TypeLookup types, SourceRef at, Problems problems) {
    Optional<RecordType> response = types.record(op.response());
    if (response.isEmpty()) {
      problems.error(at, "a paginated operation must answer an object", "give the 200 response an object schema");
      return Optional.empty();
    }
    String responseName = response.get().name().simpleName();
    Optional<Property> items = TypeLookup.property(response.get(), p.items());
    if (items.isEmpty() || !(items.get().type() instanceof TypeRef.ListOf list)) {
      problems.error(at.child("items"), "items field '" + p.items() + "' is not an array property of " + responseName,
          "name the response property that holds the page's items");
      return Optional.empty();
    }
    boolean inBody = p.requestInBody();
    if (p.requestField() != null) {
      boolean query = op.parameters().stream()
          .anyMatch(x -> x.in() == Parameter.In.QUERY && x.name().equals(p.requestField()));
      if (!query && types.property(op.request(), p.requestField()).isEmpty()) {
        problems.error(at.child(p.requestKey()), "paging field '" + p.requestField()
            + "' is neither a query parameter nor a request body field", "declare it on the operation");
        return Optional.empty();
      }
      inBody = !query;
    } else if (op.request() == null || !op.request().type().equals(
        TypeLookup.property(response.get(), p.responseField()).map(Property::type).orElse(null))) {
      problems.error(at.child(p.responseKey()), p.responseKey() + " field '" + p.responseField()
          + "' must be a response property of the request body's type", "point it at the field holding the next request");
      return Optional.empty();
    }
    if (p.responseField() != null && TypeLookup.property(response.get(), p.responseField()).isEmpty()) {
      problems.error(at.child(p.responseKey()), "response field '" + p.responseField() + "' is not a property of "
          + responseName, "name a property of the 200 response");
      return Optional.empty();
    }
    return Optional.of(p.linked(list.items(), inBody));
  }
}
