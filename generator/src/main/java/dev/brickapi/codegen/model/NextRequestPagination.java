package dev.brickapi.codegen.model;

/**
 * The response field {@code nextRequest} holds the complete body of the next request (Clusters
 * {@code events}' {@code next_page}); stops when it is absent.
 */
public record NextRequestPagination(String items, TypeRef itemType, String nextRequest) implements Pagination {

  @Override
  public String style() {
    return "next-request";
  }

  @Override
  public String requestField() {
    return null;
  }

  @Override
  public String requestKey() {
    return null;
  }

  @Override
  public boolean requestInBody() {
    return true;
  }

  @Override
  public String responseField() {
    return nextRequest;
  }

  @Override
  public String responseKey() {
    return "nextRequest";
  }

  @Override
  public NextRequestPagination linked(TypeRef itemType, boolean requestInBody) {
    return new NextRequestPagination(items, itemType, nextRequest);
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return cases.nextRequest(this);
  }
}
