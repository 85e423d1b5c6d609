package dev.brickapi.codegen.emit.java;

import dev.brickapi.codegen.model.IndexPagination;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.PagePagination;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TokenPagination;
import dev.brickapi.codegen.model.TypeRef;

/** Picks the {@link PagingStrategy} of each paging style; the compiler makes sure every style has one. */
final class PagingStrategies implements Pagination.Cases<PagingStrategy> {

  private final JavaTypes types;
  private final RecordType response;
  private final TypeRef pagingType;

  /**
   * @param response the record of a page
   * @param pagingType the type of the paging parameter or body field, or null when there is none
   */
  PagingStrategies(JavaTypes types, RecordType response, TypeRef pagingType) {
    this.types = types;
    this.response = response;
    this.pagingType = pagingType;
  }

  @Override
  public PagingStrategy token(TokenPagination p) {
    return new TokenPaging(types, response, types.of(pagingType), p);
  }

  @Override
  public PagingStrategy offset(OffsetPagination p) {
    return CountingPaging.offset(response, pagingType, p);
  }

  @Override
  public PagingStrategy index(IndexPagination p) {
    return CountingPaging.index(response, pagingType, p);
  }

  @Override
  public PagingStrategy page(PagePagination p) {
    return CountingPaging.page(response, pagingType, p);
  }

  @Override
  public PagingStrategy nextRequest(NextRequestPagination p) {
    return new NextRequestPaging(response, p);
  }
}
