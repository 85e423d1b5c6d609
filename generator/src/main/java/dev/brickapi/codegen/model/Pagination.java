package dev.brickapi.codegen.model;

/**
 * How an operation pages ({@code x-brickapi-pagination}): one record per style. Field names are JSON
 * names; a request field is a query parameter or a top-level field of the request body. Each style
 * names the extension keys its fields came from, so checks can point at them.
 */
public sealed interface Pagination
    permits TokenPagination, OffsetPagination, IndexPagination, PagePagination, NextRequestPagination {

  /** The style's name as the spec writes it ({@code token}). */
  String style();

  /** The response field holding a page's items. */
  String items();

  /** The type of one item; null until the extension is checked against the linked model. */
  TypeRef itemType();

  /** The request field that selects the page, or null when the whole request comes from the response. */
  String requestField();

  /** The extension key naming {@link #requestField()}, or null. */
  String requestKey();

  /** Whether {@link #requestField()} is a body field (otherwise a query parameter). */
  boolean requestInBody();

  /** The response field that continues paging (next token, has_more, total, next request), or null. */
  String responseField();

  /** The extension key naming {@link #responseField()}. */
  String responseKey();

  /** A copy completed with what the linked model says. */
  Pagination linked(TypeRef itemType, boolean requestInBody);

  /** Exhaustive selection over the styles: adding a style makes every {@link Cases} say what it does. */
  <R> R match(Cases<R> cases);

  /** One method per style. */
  interface Cases<R> {
    R token(TokenPagination p);

    R offset(OffsetPagination p);

    R index(IndexPagination p);

    R page(PagePagination p);

    R nextRequest(NextRequestPagination p);
  }
}
