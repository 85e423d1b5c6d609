package dev.brickapi.codegen.model;

/**
 * A 1-based page number; stops at an empty page or when {@code total} items were seen.
 *
 * @param total the response field with the number of items in all pages, or null
 */
public record PagePagination(String items, TypeRef itemType, String page, boolean requestInBody, String total)
    implements Pagination {

  @Override
  public String style() {
    return "page";
  }

  @Override
  public String requestField() {
    return page;
  }

  @Override
  public String requestKey() {
    return "page";
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
  public PagePagination linked(TypeRef itemType, boolean requestInBody) {
    return new PagePagination(items, itemType, page, requestInBody, total);
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return cases.page(this);
  }
}
