package dev.brickapi.codegen.model;

/**
 * A 1-based item index (SCIM's {@code startIndex}/{@code count}/{@code totalResults}); stops at
 * {@code total} or at an empty page.
 *
 * @param count the request field of the page size, or null (informative: the caller sets it)
 * @param total the response field with the number of items in all pages, or null
 */
public record IndexPagination(String items, TypeRef itemType, String index, boolean requestInBody, String count,
    String total) implements Pagination {

  @Override
  public String style() {
    return "index";
  }

  @Override
  public String requestField() {
    return index;
  }

  @Override
  public String requestKey() {
    return "index";
  }

  @Override
  public String responseField() {
    return total;
  }

  @Override
  public String responseKey() {
    return "total";
  }

  @Override
  public IndexPagination linked(TypeRef itemType, boolean requestInBody) {
    return new IndexPagination(items, itemType, index, requestInBody, count, total);
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return cases.index(this);
  }
}
