package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.IndexPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.PagePagination;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.OperationNames.PagingLocals;
import dev.brickapi.codegen.naming.RecordNames;

/**
 * Offset, index and page-number paging: the cursor is {@code long[] {position, items seen}}; the
 * position starts at 0 or 1 and advances by the page's item count or by one page.
 */
final class CountingPaging implements PagingStrategy {

  private final String describe;
  private final boolean oneBased;
  private final boolean byPage;
  private final TypeRef numberType;
  private final PagingLocals locals;
  /** How the emitted code decides there is another page, given more than 0 items. */
  private final CodeBlock more;

  private CountingPaging(String describe, boolean oneBased, boolean byPage, TypeRef numberType, PagingLocals locals,
      CodeBlock more) {
    this.describe = describe;
    this.oneBased = oneBased;
    this.byPage = byPage;
    this.numberType = numberType;
    this.locals = locals;
    this.more = more;
  }

  static CountingPaging offset(RecordNames response, TypeRef numberType, OffsetPagination p, PagingLocals l) {
    CodeBlock more = p.hasMore() == null ? CodeBlock.of("$N > 0", l.n())
        : CodeBlock.of("$N > 0 && $N != null && $T.TRUE.equals($N.$N())", l.n(), l.page(), Boolean.class, l.page(),
            response.property(p.hasMore()).getter());
    return new CountingPaging(" by advancing {@code " + p.offset() + "}", false, false, numberType, l, more);
  }

  static CountingPaging index(RecordNames response, TypeRef numberType, IndexPagination p, PagingLocals l) {
    return new CountingPaging(" by advancing the 1-based {@code " + p.index() + "}", true, false, numberType, l,
        upToTotal(response, p.total(), l));
  }

  static CountingPaging page(RecordNames response, TypeRef numberType, PagePagination p, PagingLocals l) {
    return new CountingPaging(" by advancing the page number {@code " + p.page() + "}", true, true, numberType, l,
        upToTotal(response, p.total(), l));
  }

  private static CodeBlock upToTotal(RecordNames response, String total, PagingLocals l) {
    if (total == null) {
      return CodeBlock.of("$N > 0", l.n());
    }
    String getter = response.property(total).getter();
    return CodeBlock.of("$N > 0 && ($N == null || $N.$N() == null || $N[1] + $N < $N.$N())",
        l.n(), l.page(), l.page(), getter, l.at(), l.n(), l.page(), getter);
  }

  @Override
  public String describe() {
    return describe;
  }

  @Override
  public void start(CodeBlock.Builder fetch) {
    fetch.addStatement("long[] $N = $N == null ? new long[] {$L, 0L} : (long[]) $N", locals.at(), locals.cursor(),
        oneBased ? "1L" : "0L", locals.cursor());
  }

  @Override
  public CodeBlock queryValue() {
    CodeBlock position = CodeBlock.of("$N[0]", locals.at());
    if (numberType.equals(TypeRef.of(TypeRef.PrimitiveKind.INT32))) {
      return CodeBlock.of("$T.valueOf((int) $L)", Integer.class, position);
    }
    if (numberType.equals(TypeRef.of(TypeRef.PrimitiveKind.INT64))) {
      return CodeBlock.of("$T.valueOf($L)", Long.class, position);
    }
    if (numberType.equals(TypeRef.of(TypeRef.PrimitiveKind.STRING))) {
      return CodeBlock.of("$T.valueOf($L)", String.class, position);
    }
    return CodeBlock.of("$T.valueOf($L)", Double.class, position);
  }

  @Override
  public CodeBlock pagedBody(TypeName bodyType, String body, String copy, String setter) {
    return CodeBlock.of("($N == null ? new $T() : $N.$N()).$N($L)", body, bodyType, body, copy, setter, queryValue());
  }

  @Override
  public boolean countsItems() {
    return true;
  }

  @Override
  public CodeBlock next() {
    return CodeBlock.of("$L ? new long[] {$N[0] + $L, $N[1] + $N} : null", more, locals.at(),
        byPage ? CodeBlock.of("1") : CodeBlock.of("$N", locals.n()), locals.at(), locals.n());
  }
}
