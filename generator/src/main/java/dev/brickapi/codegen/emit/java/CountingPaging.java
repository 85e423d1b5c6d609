package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.IndexPagination;
import dev.brickapi.codegen.model.OffsetPagination;
import dev.brickapi.codegen.model.PagePagination;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;

/**
 * Offset, index and page-number paging: the cursor is {@code long[] {position, items seen}}; the
 * position starts at 0 or 1 and advances by the page's item count or by one page.
 */
final class CountingPaging implements PagingStrategy {

  private final String describe;
  private final boolean oneBased;
  private final boolean byPage;
  private final TypeRef numberType;
  /** How the emitted code decides there is another page, given {@code n > 0}. */
  private final CodeBlock more;

  private CountingPaging(String describe, boolean oneBased, boolean byPage, TypeRef numberType, CodeBlock more) {
    this.describe = describe;
    this.oneBased = oneBased;
    this.byPage = byPage;
    this.numberType = numberType;
    this.more = more;
  }

  static CountingPaging offset(RecordType response, TypeRef numberType, OffsetPagination p) {
    CodeBlock more = p.hasMore() == null ? CodeBlock.of("n > 0")
        : CodeBlock.of("n > 0 && page != null && $T.TRUE.equals(page.$L())", Boolean.class, getter(response, p.hasMore()));
    return new CountingPaging(" by advancing {@code " + p.offset() + "}", false, false, numberType, more);
  }

  static CountingPaging index(RecordType response, TypeRef numberType, IndexPagination p) {
    return new CountingPaging(" by advancing the 1-based {@code " + p.index() + "}", true, false, numberType,
        upToTotal(response, p.total()));
  }

  static CountingPaging page(RecordType response, TypeRef numberType, PagePagination p) {
    return new CountingPaging(" by advancing the page number {@code " + p.page() + "}", true, true, numberType,
        upToTotal(response, p.total()));
  }

  private static CodeBlock upToTotal(RecordType response, String total) {
    return total == null ? CodeBlock.of("n > 0")
        : CodeBlock.of("n > 0 && (page == null || page.$L() == null || at[1] + n < page.$L())",
            getter(response, total), getter(response, total));
  }

  private static String getter(RecordType response, String json) {
    return FieldAccess.getter(FieldAccess.property(response, json));
  }

  @Override
  public String describe() {
    return describe;
  }

  @Override
  public void start(CodeBlock.Builder fetch) {
    fetch.addStatement("long[] at = cursor == null ? new long[] {$L, 0L} : (long[]) cursor", oneBased ? "1L" : "0L");
  }

  @Override
  public CodeBlock queryValue() {
    return CodeBlock.of("$L", number("at[0]"));
  }

  @Override
  public CodeBlock pagedBody(TypeName bodyType, Property field) {
    return CodeBlock.of("($N == null ? new $T() : $N.copy()).$L($L)", FieldAccess.BODY, bodyType, FieldAccess.BODY,
        FieldAccess.setter(field), queryValue());
  }

  @Override
  public boolean countsItems() {
    return true;
  }

  @Override
  public CodeBlock next() {
    return CodeBlock.of("$L ? new long[] {at[0] + $L, at[1] + n} : null", more, byPage ? "1" : "n");
  }

  private String number(String longExpr) {
    if (numberType.equals(TypeRef.of(TypeRef.PrimitiveKind.INT32))) {
      return "Integer.valueOf((int) " + longExpr + ")";
    }
    if (numberType.equals(TypeRef.of(TypeRef.PrimitiveKind.INT64))) {
      return "Long.valueOf(" + longExpr + ")";
    }
    if (numberType.equals(TypeRef.of(TypeRef.PrimitiveKind.STRING))) {
      return "String.valueOf(" + longExpr + ")";
    }
    return "Double.valueOf(" + longExpr + ")";
  }
}
