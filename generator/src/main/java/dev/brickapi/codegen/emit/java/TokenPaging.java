package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.TokenPagination;
import dev.brickapi.codegen.naming.OperationNames.PagingLocals;
import dev.brickapi.codegen.naming.RecordNames;

/** Token paging: the cursor is the previous page's next token; the first request sends none. */
final class TokenPaging implements PagingStrategy {

  private final JavaTypes types;
  private final RecordNames response;
  private final TypeName tokenType;
  private final TokenPagination p;
  private final PagingLocals locals;

  TokenPaging(JavaTypes types, RecordNames response, TypeName tokenType, TokenPagination p, PagingLocals locals) {
    this.types = types;
    this.response = response;
    this.tokenType = tokenType;
    this.p = p;
    this.locals = locals;
  }

  @Override
  public String describe() {
    return " by following {@code " + p.responseToken() + "}";
  }

  @Override
  public void start(CodeBlock.Builder fetch) {}

  private CodeBlock token() {
    return CodeBlock.of("($T) $N", tokenType, locals.cursor());
  }

  @Override
  public CodeBlock queryValue() {
    return CodeBlock.of("$N == null ? null : $L", locals.cursor(), token());
  }

  @Override
  public CodeBlock pagedBody(TypeName bodyType, String body, String copy, String setter) {
    return CodeBlock.of("$N == null ? $N : ($N == null ? new $T() : $N.$N()).$N($L)", locals.cursor(), body,
        body, bodyType, body, copy, setter, token());
  }

  @Override
  public boolean countsItems() {
    return false;
  }

  @Override
  public CodeBlock next() {
    return CodeBlock.of("$N == null ? null : $T.token($N.$N())", locals.page(), types.support("Paged"), locals.page(),
        response.property(p.responseToken()).getter());
  }
}
