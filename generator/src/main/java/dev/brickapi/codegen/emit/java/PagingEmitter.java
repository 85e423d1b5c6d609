package dev.brickapi.codegen.emit.java;

import static dev.brickapi.codegen.emit.java.FieldAccess.BODY;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <operation>All(...)}: the operation's arguments minus the paging field, returning a
 * {@code Paged} that fetches pages lazily. What depends on the style comes from its {@link PagingStrategy}.
 */
final class PagingEmitter {

  private final JavaTypes types;
  private final FieldAccess fields;

  PagingEmitter(JavaTypes types) {
    this.types = types;
    this.fields = new FieldAccess(types);
  }

  MethodSpec emit(Operation op, Pagination p) {
    TypeName responseType = types.of(op.response().type());
    RecordType response = fields.record(op.response().type());
    Property items = FieldAccess.property(response, p.items());
    Parameter pagingParam = p.requestInBody() ? null : op.parameters().stream()
        .filter(x -> x.in() == Parameter.In.QUERY && x.name().equals(p.requestField())).findFirst().orElseThrow();
    Property pagingField = p.requestInBody() && p.requestField() != null
        ? FieldAccess.property(fields.record(op.request().type()), p.requestField()) : null;
    TypeRef pagingType = pagingParam != null ? pagingParam.type() : pagingField != null ? pagingField.type() : null;
    PagingStrategy strategy = p.match(new PagingStrategies(types, response, pagingType));

    MethodSpec.Builder m = MethodSpec.methodBuilder(op.javaName() + "All").addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(ParameterizedTypeName.get(types.support("Paged"), types.of(p.itemType())));
    StringBuilder doc = new StringBuilder("Every item of {@link #").append(op.javaName())
        .append("}, fetched lazily page by page").append(strategy.describe()).append(".\n\n");
    for (Parameter x : FieldAccess.ordered(op)) {
      if (x != pagingParam) {
        m.addParameter(types.of(x.type()), x.javaName());
        doc.append("@param ").append(x.javaName()).append(" as for {@link #").append(op.javaName()).append("}\n");
      }
    }
    TypeName bodyType = op.request() == null ? null : types.of(op.request().type());
    if (bodyType != null) {
      m.addParameter(bodyType, BODY);
      doc.append("@param ").append(BODY).append(" the request of the first page; it is not modified\n");
    }
    doc.append("@return the items, fetched as iteration goes\n");
    m.addJavadoc("$L", doc.toString());

    CodeBlock.Builder fetch = CodeBlock.builder();
    strategy.start(fetch);
    List<CodeBlock> args = new ArrayList<>();
    for (Parameter x : FieldAccess.ordered(op)) {
      args.add(x == pagingParam ? strategy.queryValue() : CodeBlock.of("$N", x.javaName()));
    }
    if (bodyType != null) {
      if (p.requestInBody()) {
        fetch.addStatement("$T request = $L", bodyType, strategy.pagedBody(bodyType, pagingField));
      } else {
        fetch.addStatement("$T request = $N", bodyType, BODY);
      }
      args.add(CodeBlock.of("request"));
    }
    fetch.addStatement("$T page = $N($L)", responseType, op.javaName(), CodeBlock.join(args, ", "));
    fetch.addStatement("$T items = page == null ? null : page.$L()", types.of(items.type()), FieldAccess.getter(items));
    if (strategy.countsItems()) {
      fetch.addStatement("int n = items == null ? 0 : items.size()");
    }
    fetch.addStatement("return $T.page(items, $L)", types.support("Paged"), strategy.next());
    m.addCode("return $T.of(cursor -> {\n$>$L$<});\n", types.support("Paged"), fetch.build());
    return m.build();
  }
}
