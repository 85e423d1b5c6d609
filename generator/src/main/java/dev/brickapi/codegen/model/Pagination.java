package dev.brickapi.codegen.model;

/**
 * How an operation pages ({@code x-brickapi-pagination}). Field names are JSON names; a request field
 * is a query parameter or a top-level field of the request body.
 *
 * @param items the response field holding a page's items
 * @param itemType the type of one item
 * @param request the request field that selects the page (token, offset, index or page), null for
 *     {@link Style#NEXT_REQUEST}
 * @param requestInBody whether {@code request} is a body field (otherwise a query parameter)
 * @param response the response field that continues paging (next token, has_more, total, next request),
 *     or null
 */
public record Pagination(Style style, String items, TypeRef itemType, String request, boolean requestInBody, String response) {

  public enum Style { TOKEN, OFFSET, INDEX, PAGE, NEXT_REQUEST }
}
