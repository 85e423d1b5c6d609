package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.model.Pagination;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Example answers of list operations that end: an example (documented or synthesized) carries a next-page
 * token or {@code has_more: true}, and answering every page with it would page forever. The first page is the
 * example without its continuation; a request for a later page (a token, an offset past 0, a start index past 1,
 * a page past 1) gets the same page without items.
 */
final class ExampleLists {

  /** Continuation fields of Databricks list answers, for operations whose spec names no paging. */
  private static final List<String> NEXT_FIELDS = List.of("next_page_token", "next_page");

  private ExampleLists() {}

  /** The example answer of {@code op} to this request: a last page. */
  static JsonNode lastPage(SpecIndex.Op op, JsonNode example, Map<String, List<String>> query, JsonNode body) {
    if (!(example instanceof ObjectNode)) {
      return example;
    }
    ObjectNode page = ((ObjectNode) example).deepCopy();
    Optional<Pagination> paging = VendorExtensions.PAGINATION.read(op.operation.getExtensions());
    if (paging.isEmpty()) {
      NEXT_FIELDS.forEach(page::remove);
      if (page.has("has_more")) {
        page.put("has_more", false);
      }
      return page;
    }
    Pagination p = paging.get();
    String asked = p.requestField() == null ? null : value(p.requestField(), p.requestInBody(), query, body);
    boolean later;
    switch (p.style()) {
      case "offset":
        later = asked != null && !asked.equals("0");
        break;
      case "index":
      case "page":
        later = asked != null && !asked.equals("1") && !asked.equals("0");
        break;
      default:
        later = asked != null && !asked.isEmpty();
    }
    if (later && page.get(p.items()) instanceof ArrayNode) {
      page.putArray(p.items());
    }
    String continuation = p.responseField();
    if (continuation != null && page.has(continuation)) {
      if (p.style().equals("offset")) {
        page.put(continuation, false);
      } else if (p.style().equals("index")) {
        JsonNode items = page.get(p.items());
        page.put(continuation, later || items == null ? 0 : items.size());
      } else {
        page.remove(continuation);
      }
    }
    return page;
  }

  private static String value(String field, boolean inBody, Map<String, List<String>> query, JsonNode body) {
    if (inBody) {
      JsonNode v = body == null ? null : body.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
    List<String> values = query.get(field);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
