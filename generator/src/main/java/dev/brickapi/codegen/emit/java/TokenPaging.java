package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TokenPagination;

/** Token paging: the cursor is the previous page's next token; the first request sends none. */
final class TokenPaging implements PagingStrategy {

  private final JavaTypes types;
  private final RecordType response;
  private final TypeName tokenType;
  private final TokenPagination p;

  TokenPaging(JavaTypes types, RecordType response, TypeName tokenType, TokenPagination p) {
    this.types = types;
    this.response = response;
    this.tokenType = tokenType;
    this.p = p;
  }

  @Override
  public String describe() {
    return " by following {@code " + p.responseToken() + "}";
  }

  @Override
  public void start(CodeBlock.Builder fetch) {}

  private CodeBlock token() {
    return CodeBlock.of("($T) cursor", tokenType);
  }

  @Override
  public CodeBlock queryValue() {
    return CodeBlock.of("cursor == null ? null : $L", token());
  }

  @Override
  public CodeBlock pagedBody(TypeName bodyType, Property field) {
    return CodeBlock.of("cursor == null ? $N : ($N == null ? new $T() : $N.copy()).$L($L)", FieldAccess.BODY,
        FieldAccess.BODY, bodyType, FieldAccess.BODY, FieldAccess.setter(field), token());
  }

  @Override
  public boolean countsItems() {
    return false;
  }

  @Override
  public CodeBlock next() {
    return CodeBlock.of("page == null ? null : $T.token(page.$L())", types.support("Paged"),
        FieldAccess.getter(FieldAccess.property(response, p.responseToken())));
  }
}
