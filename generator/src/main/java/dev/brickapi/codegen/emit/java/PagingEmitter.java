package dev.brickapi.codegen.emit.java;

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
import dev.brickapi.codegen.naming.OperationNames;
import dev.brickapi.codegen.naming.OperationNames.PagingLocals;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <operation>All(...)}: the operation's arguments minus the paging field, returning a
 * {@code Paged} that fetches pages lazily. What depends on the style comes from its {@link PagingStrategy};
 * the method's name, parameters and locals from the operation's {@link OperationNames}.
 */
final class PagingEmitter {

  private final JavaTypes types;
  private final FieldAccess fields;

  PagingEmitter(JavaTypes types) {
    this.types = types;
    this.fields = new FieldAccess(types);
  }

  MethodSpec emit(Operation op, Pagination p, OperationNames names) {
    PagingLocals l = names.paging();
    TypeName responseType = types.of(op.response().type());
    RecordType response = fields.record(op.response().type());
    RecordNames responseNames = fields.names(op.response().type());
    Property items = FieldAccess.property(response, p.items());
    Parameter pagingParam = p.requestInBody() ? null : op.parameters().stream()
        .filter(x -> x.in() == Parameter.In.QUERY && x.name().equals(p.requestField())).findFirst().orElseThrow();
    Property pagingField = p.requestInBody() && p.requestField() != null
        ? FieldAccess.property(fields.record(op.request().type()), p.requestField()) : null;
    TypeRef pagingType = pagingParam != null ? pagingParam.type() : pagingField != null ? pagingField.type() : null;
    PagingStrategy strategy = p.match(new PagingStrategies(types, responseNames, pagingType, l));

    MethodSpec.Builder m = MethodSpec.methodBuilder(names.paged()).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(ParameterizedTypeName.get(types.support("Paged"), types.of(p.itemType())));
    StringBuilder doc = new StringBuilder("Every item of {@link #").append(names.method())
        .append("}, fetched lazily page by page").append(strategy.describe()).append(".\n\n");
    for (Parameter x : FieldAccess.ordered(op)) {
      if (x != pagingParam) {
        String name = names.parameter(x.in().name(), x.name());
        m.addParameter(types.of(x.type()), name);
        doc.append("@param ").append(name).append(" as for {@link #").append(names.method()).append("}\n");
      }
    }
    TypeName bodyType = op.request() == null ? null : types.of(op.request().type());
    if (bodyType != null) {
      m.addParameter(bodyType, names.body());
      doc.append("@param ").append(names.body()).append(" the request of the first page; it is not modified\n");
    }
    doc.append("@return the items, fetched as iteration goes\n");
    m.addJavadoc("$L", doc.toString());

    CodeBlock.Builder fetch = CodeBlock.builder();
    strategy.start(fetch);
    List<CodeBlock> args = new ArrayList<>();
    for (Parameter x : FieldAccess.ordered(op)) {
      args.add(x == pagingParam ? strategy.queryValue() : CodeBlock.of("$N", names.parameter(x.in().name(), x.name())));
    }
    if (bodyType != null) {
      if (p.requestInBody()) {
        RecordNames body = fields.names(op.request().type());
        fetch.addStatement("$T $N = $L", bodyType, l.request(), strategy.pagedBody(bodyType, names.body(), body.copy(),
            pagingField == null ? null : body.property(pagingField.jsonName()).setter()));
      } else {
        fetch.addStatement("$T $N = $N", bodyType, l.request(), names.body());
      }
      args.add(CodeBlock.of("$N", l.request()));
    }
    fetch.addStatement("$T $N = $N($L)", responseType, l.page(), names.method(), CodeBlock.join(args, ", "));
    fetch.addStatement("$T $N = $N == null ? null : $N.$N()", types.of(items.type()), l.items(), l.page(), l.page(),
        responseNames.property(items.jsonName()).getter());
    if (strategy.countsItems()) {
      fetch.addStatement("int $N = $N == null ? 0 : $N.size()", l.n(), l.items(), l.items());
    }
    fetch.addStatement("return $T.page($N, $L)", types.support("Paged"), l.items(), strategy.next());
    m.addCode("return $T.of($N -> {\n$>$L$<});\n", types.support("Paged"), l.cursor(), fetch.build());
    return m.build();
  }
}
