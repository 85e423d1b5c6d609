package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The objects of one kind a family holds (policies, pools, tokens, repos, ...), by id in creation order, with the
 * answers most families give about them: the object or 404, changes merged in, deletion, and lists that page
 * through the state and end with a page without a token.
 *
 * <p>Objects are kept as the JSON the API answers; a family writes them from the create request and its own
 * fields (id, state, timestamps). Every answer is a copy, so a caller cannot change the state by accident.
 */
final class Store {

  private final String kind;
  private final Map<String, ObjectNode> items = new LinkedHashMap<>();

  /** @param kind what the objects are, as error messages name them: {@code "Cluster policy"} */
  Store(String kind) {
    this.kind = kind;
  }

  /** Stores (or replaces) the object with this id and returns it. */
  ObjectNode put(String id, ObjectNode item) {
    items.put(id, item);
    return item;
  }

  /** The stored object itself (not a copy), or null. */
  ObjectNode find(String id) {
    return id == null ? null : items.get(id);
  }

  boolean contains(String id) {
    return find(id) != null;
  }

  /** All objects, in creation order. */
  List<ObjectNode> all() {
    return new ArrayList<>(items.values());
  }

  /** The objects that {@code keep} accepts, in creation order. */
  List<ObjectNode> where(Predicate<ObjectNode> keep) {
    List<ObjectNode> out = new ArrayList<>();
    items.values().stream().filter(keep).forEach(out::add);
    return out;
  }

  void clear() {
    items.clear();
  }

  /** 200 with a copy of the object, or 404 {@code RESOURCE_DOES_NOT_EXIST}. */
  Reply answer(String id) {
    ObjectNode item = find(id);
    return item == null ? missing(id) : Reply.ok(item.deepCopy());
  }

  /**
   * Merges the fields of {@code changes} into the object (a field set to null removes it), except the names in
   * {@code keep} (the id, fields the server owns); 200 {@code {}}, or 404.
   */
  Reply update(String id, JsonNode changes, Set<String> keep) {
    ObjectNode item = find(id);
    if (item == null) {
      return missing(id);
    }
    merge(item, changes, keep);
    return Reply.empty();
  }

  /** Removes the object: 200 {@code {}}, or 404. */
  Reply delete(String id) {
    return items.remove(id) == null ? missing(id) : Reply.empty();
  }

  /** 404 {@code RESOURCE_DOES_NOT_EXIST} naming the object: {@code Cluster policy 7 does not exist.} */
  Reply missing(String id) {
    return Reply.notFound(kind + " " + id + " does not exist.");
  }

  /**
   * One page of {@code all}, as most 2.0 lists answer: the items in {@code field}, and {@code next_page_token}
   * while more follow. The token is read from the query parameter {@code page_token}, the size from
   * {@code sizeParameter} (when given and present), else {@code defaultSize}.
   */
  static Reply page(FakeRequest r, List<ObjectNode> all, String field, String sizeParameter, int defaultSize) {
    int size = sizeParameter == null ? defaultSize : r.intParam(sizeParameter, defaultSize);
    Pages<ObjectNode> page = Pages.of(all, Pages.offset(r.value("page_token")), size < 1 ? defaultSize : size);
    ObjectNode out = Reply.object();
    ArrayNode list = out.putArray(field);
    page.items().forEach(item -> list.add(item.deepCopy()));
    if (page.more()) {
      out.put("next_page_token", page.token());
    }
    return Reply.ok(out);
  }

  /** Copies the fields of {@code changes} into {@code into}, but not those in {@code keep}; null removes. */
  static void merge(ObjectNode into, JsonNode changes, Set<String> keep) {
    changes.fields().forEachRemaining(field -> {
      if (keep.contains(field.getKey())) {
        return;
      }
      if (field.getValue().isNull()) {
        into.remove(field.getKey());
      } else {
        into.set(field.getKey(), field.getValue().deepCopy());
      }
    });
  }
}
