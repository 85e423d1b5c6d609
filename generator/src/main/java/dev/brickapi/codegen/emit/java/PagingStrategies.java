package dev.brickapi.codegen.emit.java;

import dev.brickapi.codegen.model.IndexPagination;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.PagePagination;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.TokenPagination;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.OperationNames.PagingLocals;
import dev.brickapi.codegen.naming.RecordNames;

/** Picks the {@link PagingStrategy} of each paging style; the compiler makes sure every style has one. */
final class PagingStrategies implements Pagination.Cases<PagingStrategy> {

  private final JavaTypes types;
  private final RecordNames response;
  private final TypeRef pagingType;
  private final PagingLocals locals;

  /**
   * @param response the names of the record of a page
   * @param pagingType the type of the paging parameter or body field, or null when there is none
   * @param locals the locals of the paging method
   */
  PagingStrategies(JavaTypes types, RecordNames response, TypeRef pagingType, PagingLocals locals) {
    this.types = types;
    this.response = response;
    this.pagingType = pagingType;
    this.locals = locals;
  }

  @Override
  public PagingStrategy token(TokenPagination p) {
    return new TokenPaging(types, response, types.of(pagingType), p, locals);
  }

  @Override
  public PagingStrategy offset(OffsetPagination p) {
    return CountingPaging.offset(response, pagingType, p, locals);
  }

  @Override
  public PagingStrategy index(IndexPagination p) {
    return CountingPaging.index(response, pagingType, p, locals);
  }

  @Override
  public PagingStrategy page(PagePagination p) {
    return CountingPaging.page(response, pagingType, p, locals);
  }

  @Override
  public PagingStrategy nextRequest(NextRequestPagination p) {
    return new NextRequestPaging(response, p, locals);
  }
}
