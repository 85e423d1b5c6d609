package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.UnionType;
import dev.brickapi.codegen.naming.RecordNames;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an object schema: its Jackson annotations, the unions it implements, a constructor
 * that presets the discriminator of a union variant, a shallow {@code copy()} and, for a multipart body,
 * {@code parts()}. The members of each property come from {@link PropertyMembers}, the map of fields the
 * spec does not define from {@link UnknownFields}, {@code equals}/{@code hashCode}/{@code toString} from
 * {@link ObjectMethods}.
 */
final class RecordEmitter {

  private static final String JACKSON = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
  private static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON, "JsonAutoDetect");
  private static final ClassName JSON_PROPERTY_ORDER = ClassName.get(JACKSON, "JsonPropertyOrder");
  private static final ClassName JSON_FORMAT = ClassName.get(JACKSON, "JsonFormat");
  /** {@code @JsonInclude(NON_NULL)}, on the class and on the field of each nullable property. */
  static final AnnotationSpec INCLUDE_NON_NULL = AnnotationSpec.builder(JSON_INCLUDE)
      .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build();

  private final JavaTypes types;
  private final PropertyMembers members;

  RecordEmitter(JavaTypes types) {
    this.types = types;
    this.members = new PropertyMembers(types);
  }

  TypeSpec emit(RecordType record, boolean multipart, Map<String, String> discriminatorDefaults) {
    return emit(record, multipart, discriminatorDefaults, null);
  }

  /**
   * @param iterable the list property a list operation's answer is iterable over, or null: the class then
   *     implements {@code Iterable} of its items, so {@code for (SecretScope s : secrets.listScopes())} reads
   */
  TypeSpec emit(RecordType record, boolean multipart, Map<String, String> discriminatorDefaults, Property iterable) {
    ClassName self = JavaTypes.className(record.name());
    RecordNames names = types.names().record(record.id());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(INCLUDE_NON_NULL)
        .addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
            .addMember("fieldVisibility", "$T.Visibility.ANY", JSON_AUTO_DETECT)
            .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
            .build());
    List<Property> json = record.properties().stream().filter(p -> !record.isInput(p)).toList();
    if (!json.isEmpty()) {
      CodeBlock.Builder order = CodeBlock.builder().add("{");
      for (int i = 0; i < json.size(); i++) {
        order.add(i == 0 ? "$S" : ", $S", json.get(i).jsonName());
      }
      type.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY_ORDER).addMember("value", order.add("}").build()).build());
    }
    String doc = Docs.javadoc(record.description());
    type.addJavadoc("$L", doc.isEmpty() ? "The {@code " + record.name().simpleName() + "} object." : doc);
    type.addJavadoc("\n");
    if (record.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    for (var union : record.unions()) {
      type.addSuperinterface(JavaTypes.className(types.def(new TypeRef.Named(union)).name()));
    }
    if (multipart) {
      type.addSuperinterface(types.support("MultipartParts"));
    }
    TypeName item = iterable == null ? null : types.of(((TypeRef.ListOf) iterable.type()).items());
    if (item != null) {
      type.addSuperinterface(ParameterizedTypeName.get(ClassName.get(Iterable.class), item));
      // Jackson would write an Iterable as a JSON array: this one is still an object.
      type.addAnnotation(AnnotationSpec.builder(JSON_FORMAT)
          .addMember("shape", "$T.Shape.OBJECT", JSON_FORMAT).build());
    }

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("An empty {@code $L}; set what you need with the fluent setters.\n", self.simpleName());
    for (Property p : record.properties()) {
      String tag = discriminatorDefaults.get(p.jsonName());
      if (tag != null && !p.nullable()) {
        if (types.isEnum(p.type())) {
          constructor.addStatement("this.$N = $T.of($S)", names.property(p.jsonName()).field(), types.of(p.type()), tag);
        } else if (p.type().equals(TypeRef.of(TypeRef.PrimitiveKind.STRING))) {
          constructor.addStatement("this.$N = $S", names.property(p.jsonName()).field(), tag);
        }
      }
    }
    type.addMethod(constructor.build());

    for (Property p : record.properties()) {
      type.addField(members.field(p, names.property(p.jsonName()), record.isInput(p)));
    }
    boolean unknown = !record.parametersOnly();
    if (unknown) {
      type.addField(UnknownFields.field(names, extraValues(record)));
    }

    for (Property p : record.properties()) {
      members.addAccessors(type, self, p, names.property(p.jsonName()));
    }
    if (unknown) {
      UnknownFields.addAccessors(type, self, names, extraValues(record));
    }
    type.addMethod(copy(record, self, names));
    if (multipart) {
      type.addMethod(parts(record, names));
    }
    if (item != null) {
      String getter = names.property(iterable.jsonName()).getter();
      type.addMethod(MethodSpec.methodBuilder("iterator").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
          .returns(ParameterizedTypeName.get(ClassName.get(java.util.Iterator.class), item))
          .addJavadoc("The items of {@code $L}, none when it is absent.\n\n@return an iterator over {@link #$N()}\n",
              iterable.jsonName(), getter)
          .addStatement("return $N().iterator()", getter).build());
    }
    type.addMethod(ObjectMethods.equalsMethod(record, self, names));
    type.addMethod(ObjectMethods.hashCodeMethod(record, names));
    type.addMethod(ObjectMethods.toStringMethod(record, self, names));
    return type.build();
  }

  private MethodSpec copy(RecordType record, ClassName self, RecordNames names) {
    String copy = names.locals().copy();
    MethodSpec.Builder m = MethodSpec.methodBuilder(names.copy()).addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("A shallow copy: a new object with the same values (nested objects are shared).\n\n@return the copy\n")
        .addStatement("$T $N = new $T()", self, copy, self);
    for (Property p : record.properties()) {
      String field = names.property(p.jsonName()).field();
      if (p.nullable()) {
        m.addStatement("$N.$N = $N == null ? null : new $T<>($N.get())", copy, field, field,
            AtomicReference.class, field);
      } else {
        m.addStatement("$N.$N = $N", copy, field, field);
      }
    }
    if (!record.parametersOnly()) {
      String extra = names.unknownFields();
      m.addStatement("$N.$N = $N == null ? null : new $T<>($N)", copy, extra, extra, LinkedHashMap.class, extra);
    }
    return m.addStatement("return $N", copy).build();
  }

  private TypeName extraValues(RecordType record) {
    return record.additionalValues() == null ? JavaTypes.JSON_NODE : types.of(record.additionalValues());
  }

  private MethodSpec parts(RecordType record, RecordNames names) {
    String parts = names.locals().parts();
    MethodSpec.Builder m = MethodSpec.methodBuilder(names.parts()).addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
        .returns(ParameterizedTypeName.get(Map.class, String.class, Object.class))
        .addStatement("$T<$T, $T> $N = new $T<>()", Map.class, String.class, Object.class, parts, LinkedHashMap.class);
    for (Property p : record.properties()) {
      if (record.isInput(p)) {
        continue;
      }
      // An absent list reads as empty but is no part: the field says whether it was set.
      RecordNames.PropertyNames n = names.property(p.jsonName());
      CodeBlock read = PropertyMembers.emptyWhenAbsent(p) ? CodeBlock.of("$N", n.field()) : CodeBlock.of("$N()", n.getter());
      m.beginControlFlow("if ($L != null)", read)
          .addStatement("$N.put($S, $L)", parts, p.jsonName(), read)
          .endControlFlow();
    }
    return m.addStatement("return $N", parts).build();
  }


  /** The discriminator values a record sets itself, when it is a variant of exactly one discriminated union. */
  static Map<String, String> discriminatorDefaults(RecordType record, java.util.function.Function<TypeRef.Named, TypeDef> lookup) {
    Map<String, String> defaults = new LinkedHashMap<>();
    if (record.unions().size() != 1) {
      return defaults;
    }
    TypeDef def = lookup.apply(new TypeRef.Named(record.unions().get(0)));
    Set<String> tags = new LinkedHashSet<>();
    if (def instanceof UnionType u && u.discriminator() != null) {
      for (UnionType.Variant v : u.variants()) {
        if (v.type() instanceof TypeRef.Named n && n.id().equals(record.id()) && v.tag() != null) {
          for (Property p : record.properties()) {
            if (p.jsonName().equals(u.discriminator())
                && (p.type().equals(TypeRef.of(TypeRef.PrimitiveKind.STRING)) || p.type() instanceof TypeRef.Named)) {
              tags.add(v.tag());
              defaults.put(p.jsonName(), v.tag());
            }
          }
        }
      }
    }
    if (tags.size() > 1) {
      defaults.clear(); // several tags select this record: the caller sets the one meant
    }
    return defaults;
  }
}
