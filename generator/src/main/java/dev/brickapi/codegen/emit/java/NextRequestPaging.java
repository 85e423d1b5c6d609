package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.naming.OperationNames.PagingLocals;
import dev.brickapi.codegen.naming.RecordNames;

/** Next-request paging: the cursor is the complete body of the next request, taken from the response. */
final class NextRequestPaging implements PagingStrategy {

  private final RecordNames response;
  private final NextRequestPagination p;
  private final PagingLocals locals;

  NextRequestPaging(RecordNames response, NextRequestPagination p, PagingLocals locals) {
    this.response = response;
    this.p = p;
    this.locals = locals;
  }

  @Override
  public String describe() {
    return " by sending {@code " + p.nextRequest() + "} as the next request";
  }

  @Override
  public void start(CodeBlock.Builder fetch) {}

  @Override
  public CodeBlock queryValue() {
    throw new IllegalStateException("next-request paging has no paging parameter");
  }

  @Override
  public CodeBlock pagedBody(TypeName bodyType, String body, String copy, String setter) {
    return CodeBlock.of("$N == null ? $N : ($T) $N", locals.cursor(), body, bodyType, locals.cursor());
  }

  @Override
  public boolean countsItems() {
    return false;
  }

  @Override
  public CodeBlock next() {
    return CodeBlock.of("$N == null ? null : $N.$N()", locals.page(), locals.page(),
        response.property(p.nextRequest()).getter());
  }
}
