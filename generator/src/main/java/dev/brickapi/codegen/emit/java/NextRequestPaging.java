package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.NextRequestPagination;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;

/** Next-request paging: the cursor is the complete body of the next request, taken from the response. */
final class NextRequestPaging implements PagingStrategy {

  private final RecordType response;
  private final NextRequestPagination p;

  NextRequestPaging(RecordType response, NextRequestPagination p) {
    this.response = response;
    this.p = p;
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
  public CodeBlock pagedBody(TypeName bodyType, Property field) {
    return CodeBlock.of("cursor == null ? $N : ($T) cursor", FieldAccess.BODY, bodyType);
  }

  @Override
  public boolean countsItems() {
    return false;
  }

  @Override
  public CodeBlock next() {
    return CodeBlock.of("page == null ? null : page.$L()", FieldAccess.getter(FieldAccess.property(response, p.nextRequest())));
  }
}
