package dev.brickapi.codegen.model;

/**
 * Sends the token of the previous page ({@code requestToken} ← {@code responseToken}) until the
 * response has none.
 */
public record TokenPagination(String items, TypeRef itemType, String requestToken, boolean requestInBody,
    String responseToken) implements Pagination {

  @Override
  public String style() {
    return "token";
  }

  @Override
  public String requestField() {
    return requestToken;
  }

  @Override
  public String requestKey() {
    return "requestToken";
  }

  @Override
  public String responseField() {
    return responseToken;
  }

  @Override
  public String responseKey() {
    return "responseToken";
  }

  @Override
  public TokenPagination linked(TypeRef itemType, boolean requestInBody) {
    return new TokenPagination(items, itemType, requestToken, requestInBody, responseToken);
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return cases.token(this);
  }
}
