package dev.brickapi.codegen.model;

/**
 * A 0-based item offset advanced by the number of items received; stops when {@code hasMore} is false
 * or, without it, at an empty page.
 *
 * @param limit the request field of the page size, or null (informative: the caller sets it)
 * @param hasMore the response field saying whether more pages follow, or null
 */
public record OffsetPagination(String items, TypeRef itemType, String offset, boolean requestInBody, String limit,
    String hasMore) implements Pagination {

  @Override
  public String style() {
    return "offset";
  }

  @Override
  public String requestField() {
    return offset;
  }

  @Override
  public String requestKey() {
    return "offset";
  }

  @Override
  public String responseField() {
    return hasMore;
  }

  @Override
  public String responseKey() {
    return "hasMore";
  }

  @Override
  public OffsetPagination linked(TypeRef itemType, boolean requestInBody) {
    return new OffsetPagination(items, itemType, offset, requestInBody, limit, hasMore);
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return cases.offset(this);
  }
}
