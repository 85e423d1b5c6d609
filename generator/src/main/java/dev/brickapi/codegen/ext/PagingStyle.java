package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.IndexPagination;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.PagePagination;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.TokenPagination;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One style of {@code x-brickapi-pagination}: its name, its keys (besides {@code style} and {@code
 * items}) and how they become its {@link Pagination} record. A new style is a record in {@code model},
 * one entry in {@link #ALL} and its emitter in {@code emit.java}.
 *
 * @param build makes the record from the keys' values (absent optional keys map to null)
 */
record PagingStyle(String name, List<String> required, List<String> optional, Function<Map<String, String>, Pagination> build) {

  static final List<PagingStyle> ALL = List.of(
      new PagingStyle("token", List.of("requestToken", "responseToken"), List.of(),
          k -> new TokenPagination(k.get("items"), null, k.get("requestToken"), false, k.get("responseToken"))),
      new PagingStyle("offset", List.of("offset"), List.of("limit", "hasMore"),
          k -> new OffsetPagination(k.get("items"), null, k.get("offset"), false, k.get("limit"), k.get("hasMore"))),
      new PagingStyle("index", List.of("index"), List.of("count", "total"),
          k -> new IndexPagination(k.get("items"), null, k.get("index"), false, k.get("count"), k.get("total"))),
      new PagingStyle("page", List.of("page"), List.of("total"),
          k -> new PagePagination(k.get("items"), null, k.get("page"), false, k.get("total"))),
      new PagingStyle("next-request", List.of("nextRequest"), List.of(),
          k -> new NextRequestPagination(k.get("items"), null, k.get("nextRequest"))));

  static Optional<PagingStyle> named(String name) {
    return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
  }

  static String names() {
    return String.join(", ", ALL.stream().map(PagingStyle::name).toList());
  }

  /** Every key the style allows, sorted. */
  TreeSet<String> keys() {
    TreeSet<String> keys = new TreeSet<>(List.of("style", "items"));
    keys.addAll(required);
    keys.addAll(optional);
    return keys;
  }
}
