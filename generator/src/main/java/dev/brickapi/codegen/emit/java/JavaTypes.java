package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.JavaNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Maps model types to JavaPoet type names; the one place that decides which Java type a schema gets. */
final class JavaTypes {

  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");

  /** The brickapi-runtime classes generated code uses, by simple name; nothing of them is emitted. */
  private static final Map<String, ClassName> RUNTIME = Map.ofEntries(
      Map.entry("Paged", ClassName.get("dev.brickapi.runtime.paging", "Paged")),
      Map.entry("WaitOptions", ClassName.get("dev.brickapi.runtime.wait", "WaitOptions")),
      Map.entry("Waiter", ClassName.get("dev.brickapi.runtime.wait", "Waiter")),
      Map.entry("Wait", ClassName.get("dev.brickapi.runtime.wait", "Wait")),
      Map.entry("WaitFailedException", ClassName.get("dev.brickapi.runtime", "WaitFailedException")),
      Map.entry("WaitTimeoutException", ClassName.get("dev.brickapi.runtime", "WaitTimeoutException")),
      Map.entry("WaitInterruptedException", ClassName.get("dev.brickapi.runtime", "WaitInterruptedException")),
      Map.entry("DateTimes", ClassName.get("dev.brickapi.runtime.json", "DateTimes")),
      Map.entry("MultipartParts", ClassName.get("dev.brickapi.runtime.json", "MultipartParts")),
      Map.entry("ClientParameters", ClassName.get("dev.brickapi.runtime.http", "ClientParameters")),
      Map.entry("Sensitive", ClassName.get("dev.brickapi.runtime.http", "Sensitive")),
      Map.entry("FormEncoding", ClassName.get("dev.brickapi.runtime.http", "FormEncoding")),
      Map.entry("Inputs", ClassName.get("dev.brickapi.runtime.http", "Inputs")),
      Map.entry("UploadBody", ClassName.get("dev.brickapi.runtime.http", "UploadBody")),
      Map.entry("BinaryResponse", ClassName.get("dev.brickapi.runtime.http", "BinaryResponse")),
      Map.entry("ApiClient", ClassName.get("dev.brickapi.runtime", "ApiClient")));

  private final ApiModel model;
  private final JavaNames names;

  JavaTypes(ApiModel model, JavaNames names) {
    this.model = model;
    this.names = names;
  }

  /** The names the naming stage decided; emitters look every identifier up here. */
  JavaNames names() {
    return names;
  }

  /** A class of brickapi-runtime, by its simple name. */
  ClassName support(String simpleName) {
    ClassName name = RUNTIME.get(simpleName);
    if (name == null) {
      throw new IllegalArgumentException("no runtime class " + simpleName);
    }
    return name;
  }

  static ClassName className(JavaName name) {
    return ClassName.get(name.packageName(), name.simpleName());
  }

  TypeDef def(TypeRef.Named named) {
    return model.type(named.id());
  }

  TypeName of(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING -> ClassName.get(String.class);
        case INT32 -> ClassName.get(Integer.class);
        case INT64 -> ClassName.get(Long.class);
        case FLOAT -> ClassName.get(Float.class);
        case DOUBLE -> ClassName.get(Double.class);
        case DECIMAL -> ClassName.get(BigDecimal.class);
        case BOOLEAN -> ClassName.get(Boolean.class);
        case DATE_TIME -> ClassName.get(OffsetDateTime.class);
        case DATE -> ClassName.get(LocalDate.class);
        case BYTES, BINARY -> ArrayTypeName.of(TypeName.BYTE);
        case STREAM -> support("UploadBody");
      };
    }
    if (type instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(ClassName.get(List.class), of(l.items()));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(m.values()));
    }
    if (type instanceof TypeRef.Named n) {
      return className(model.type(n.id()).name());
    }
    if (type instanceof TypeRef.FreeObject) {
      return OBJECT_NODE;
    }
    return JSON_NODE;
  }

  boolean isEnum(TypeRef type) {
    return type instanceof TypeRef.Named n && model.type(n.id()) instanceof EnumType;
  }

  /** The date kind used directly or as the element of a list or map, for the Jackson codec annotations. */
  static TypeRef.PrimitiveKind dateKind(TypeRef type) {
    TypeRef t = type;
    if (t instanceof TypeRef.ListOf l) {
      t = l.items();
    } else if (t instanceof TypeRef.MapOf m) {
      t = m.values();
    }
    if (t instanceof TypeRef.Primitive p && (p.kind() == TypeRef.PrimitiveKind.DATE_TIME || p.kind() == TypeRef.PrimitiveKind.DATE)) {
      return p.kind();
    }
    return null;
  }

  static boolean isContainer(TypeRef type) {
    return type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf;
  }
}
