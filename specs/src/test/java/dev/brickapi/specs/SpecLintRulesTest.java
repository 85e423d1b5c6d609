package dev.brickapi.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of the lint, on a tiny in-memory document that breaks it once. */
class SpecLintRulesTest {

  static final String ERRORS = """
      openapi: 3.0.3
      info: {title: Errors, version: '2.0', description: Common errors.}
      paths: {}
      components:
        schemas:
          ErrorResponse:
            type: object
            description: An error.
            properties:
              error_code: {type: string}
              message: {type: string}
        responses:
          BadRequest: {description: Bad, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
          Unauthorized: {description: No, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
          Forbidden: {description: No, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
          NotFound: {description: No, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
          TooManyRequests: {description: Slow, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
          InternalError: {description: Oops, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
          Unavailable: {description: Later, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}}
      """;

  static final String COMMON_ERRORS = """
              '400': {$ref: '../common/errors.yaml#/components/responses/BadRequest'}
              '401': {$ref: '../common/errors.yaml#/components/responses/Unauthorized'}
              '403': {$ref: '../common/errors.yaml#/components/responses/Forbidden'}
              '404': {$ref: '../common/errors.yaml#/components/responses/NotFound'}
              '429': {$ref: '../common/errors.yaml#/components/responses/TooManyRequests'}
              '500': {$ref: '../common/errors.yaml#/components/responses/InternalError'}
              '503': {$ref: '../common/errors.yaml#/components/responses/Unavailable'}
      """;

  /** A document that follows every rule; the tests break it one way each. */
  static final String GOOD = """
      openapi: 3.0.3
      info:
        title: Widgets API
        version: '2.0'
        description: Make and list widgets.
      tags:
        - name: Widgets
          description: The widgets of the workspace.
      paths:
        /api/2.0/widgets/get:
          get:
            tags: [Widgets]
            operationId: getWidget
            summary: Get a widget
            description: Returns one widget with its state.
            parameters:
              - name: widget_id
                in: query
                required: true
                schema: {type: string}
                example: w-1
            responses:
              '200':
                description: The widget.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Widget'}
                    example: {widget_id: w-1, size: 3, state: READY, payload: aGVsbG8=, extra: [1, {a: b}]}
      ERRORS
        /api/2.0/widgets/list:
          get:
            tags: [Widgets]
            operationId: listWidgets
            summary: List widgets
            description: Lists the widgets, one page at a time.
            parameters:
              - {name: page_token, in: query, schema: {type: string}}
            x-brickapi-pagination:
              style: token
              requestToken: page_token
              responseToken: next_page_token
              items: widgets
            responses:
              '200':
                description: A page of widgets.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ListWidgetsResponse'}
      ERRORS
        /api/2.0/widgets/create:
          post:
            tags: [Widgets]
            operationId: createWidget
            summary: Create a widget
            description: Creates a widget; it becomes READY after a while.
            x-brickapi-wait:
              poll: getWidget
              bind: {widget_id: response.widget_id}
              state: state
              target: [READY]
              failure: [BROKEN]
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/CreateWidget'}
                  example: {size: 3, secret: s3cr3t}
            responses:
              '200':
                description: The new widget.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Widget'}
      ERRORS
      components:
        schemas:
          CreateWidget:
            type: object
            description: A new widget.
            properties:
              size: {type: integer, format: int32, example: 3}
              secret: {type: string, x-brickapi-sensitive: true}
          ListWidgetsResponse:
            type: object
            properties:
              widgets:
                type: array
                items: {$ref: '#/components/schemas/Widget'}
              next_page_token: {type: string}
          Widget:
            type: object
            required: [widget_id]
            properties:
              widget_id: {type: string}
              size: {type: integer, format: int32}
              state:
                description: Where the widget is in its life.
                allOf: [{$ref: '#/components/schemas/WidgetState'}]
              payload: {type: string, format: byte}
              extra: {description: Any JSON value the widget carries.}
          WidgetState:
            type: string
            enum: [READY, BROKEN]
      """.replace("ERRORS\n", COMMON_ERRORS);

  static final String DOC = "2.0/widgets.yaml";

  private static Map<String, String> docs(String widgets) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("common/errors.yaml", ERRORS);
    texts.put(DOC, widgets);
    return texts;
  }

  private static List<String> lint(LintRule rule, Map<String, String> texts) {
    Findings out = new Findings();
    rule.check(SpecSet.of(texts), out);
    return out.sorted().stream().map(Finding::toString).toList();
  }

  private static List<String> lint(LintRule rule, String widgets) {
    return lint(rule, docs(widgets));
  }

  /** GOOD with {@code from} replaced by {@code to} (which must occur). */
  private static String bad(String from, String to) {
    assertTrue(GOOD.contains(from), "fixture has no " + from);
    return GOOD.replace(from, to);
  }

  @Test
  void theGoodDocumentHasNoFinding() {
    Findings out = LintRules.run(SpecSet.of(docs(GOOD)));
    assertEquals(List.of(), out.sorted().stream().map(Finding::toString).toList());
    assertEquals(4, out.examplesChecked);
  }

  @Test
  void parseReportsSwaggerParserMessages() {
    List<String> found = lint(new LintRules.Parse(), bad("      operationId: listWidgets\n", "      operationId: listWidgets\n      bogus: 1\n"));
    assertEquals(List.of("2.0/widgets.yaml: /: swagger-parser: attribute paths.'/api/2.0/widgets/list'(get).bogus is unexpected"
        + " (make the document valid OpenAPI 3.0)"), found);
  }

  @Test
  void infoNeedsOpenApi30AndTitleVersionDescription() {
    List<String> found = lint(new LintRules.Info(), bad("openapi: 3.0.3", "openapi: 3.1.0").replace("  description: Make and list widgets.\n", ""));
    assertEquals(List.of(
        "2.0/widgets.yaml: /info: info has no description (add info.description (a string))",
        "2.0/widgets.yaml: /openapi: openapi is '3.1.0', not 3.0.x (write openapi: 3.0.3)"), found);
  }

  @Test
  void operationsNeedOneDeclaredTagAndAGoodOperationId() {
    String doc = bad("      tags: [Widgets]\n      operationId: listWidgets", "      tags: [Gadgets]\n      operationId: ListWidgets");
    assertEquals(List.of(
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/operationId: operationId 'ListWidgets' is not lowerCamelCase"
            + " (rename it to match [a-z][A-Za-z0-9]*)",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/tags: tag 'Gadgets' is not declared in the top-level tags"
            + " (add it to tags: with a description)"), lint(new LintRules.OperationsRule(), doc));
  }

  @Test
  void operationsNeedSummaryAndADifferentDescription() {
    String doc = bad("description: Lists the widgets, one page at a time.", "description: List widgets.");
    assertEquals(List.of("2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/description: the description repeats"
        + " the summary (let the description say more)"), lint(new LintRules.OperationsRule(), doc));
  }

  @Test
  void operationsNeed200AndTheCommonErrorsByRef() {
    String list = "              schema: {$ref: '#/components/schemas/ListWidgetsResponse'}\n";
    String doc = bad(list + COMMON_ERRORS.substring(0, COMMON_ERRORS.indexOf("'403'") - 8), list
        + "        '400': {$ref: '../common/errors.yaml#/components/responses/NotFound'}\n")
        .replace("        '200':\n          description: A page of widgets.", "        '201':\n          description: A page of widgets.");
    assertEquals(List.of(
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses: the common error response '401' is missing"
            + " (write '401': {$ref: '../common/errors.yaml#/components/responses/Unauthorized'})",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses: there is no '200' response"
            + " (add the success response as '200')",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses/400: response '400' is not a $ref to"
            + " common/errors.yaml#/components/responses/BadRequest"
            + " (write '400': {$ref: '../common/errors.yaml#/components/responses/BadRequest'})"),
        lint(new LintRules.OperationsRule(), doc));
  }

  @Test
  void operationIdsAreUniqueAcrossDocumentsOfOnePackage() {
    Map<String, String> texts = docs(GOOD.replace("tags:\n", "x-brickapi-package: things.v20\ntags:\n"));
    texts.put("2.0/gadgets.yaml", GOOD.replace("tags:\n", "x-brickapi-package: things.v20\ntags:\n")
        .replace("name: Widgets", "name: Gadgets").replace("[Widgets]", "[Gadgets]").replace("operationId: getWidget", "operationId: getGadget")
        .replace("poll: getWidget", "poll: getGadget").replace("operationId: createWidget", "operationId: createGadget"));
    assertEquals(List.of(
        "2.0/gadgets.yaml: /paths/~1api~12.0~1widgets~1list/get/operationId: operationId 'listWidgets' is also used by"
            + " 2.0/widgets.yaml GET /api/2.0/widgets/list (rename one; operationIds are Java method names and must be"
            + " unique in package things.v20)",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/operationId: operationId 'listWidgets' is also used by"
            + " 2.0/gadgets.yaml GET /api/2.0/widgets/list (rename one; operationIds are Java method names and must be"
            + " unique in package things.v20)"),
        lint(new LintRules.OperationsRule(), texts));
    // in different packages (the default rule: file stem and version) the same operationId is fine
    texts.put(DOC, GOOD);
    texts.put("2.0/gadgets.yaml", texts.get("2.0/gadgets.yaml").replace("x-brickapi-package: things.v20\n", ""));
    assertEquals(List.of(), lint(new LintRules.OperationsRule(), texts));
  }

  @Test
  void referencesMustResolve() {
    String doc = bad("'#/components/schemas/ListWidgetsResponse'", "'../2.1/widgets.yaml#/components/schemas/ListWidgetsResponse'")
        .replace("allOf: [{$ref: '#/components/schemas/WidgetState'}]", "allOf: [{$ref: '#/components/schemas/WidgetStatus'}]");
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/Widget/properties/state/allOf/0/$ref: $ref '#/components/schemas/WidgetStatus'"
            + " points at nothing in 2.0/widgets.yaml (correct the name after '#')",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses/200/content/application~1json/schema/$ref:"
            + " $ref '../2.1/widgets.yaml#/components/schemas/ListWidgetsResponse' names the document 2.1/widgets.yaml,"
            + " which does not exist (correct the relative path (it is relative to this document's folder))"),
        lint(new LintRules.References(), doc));
  }

  @Test
  void everySchemaIsUsed() {
    String doc = bad("    WidgetState:\n", "    Orphan:\n      type: object\n      properties:\n        state: {$ref: '#/components/schemas/Orphan2'}\n"
        + "    Orphan2: {type: string}\n    WidgetState:\n");
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/Orphan: schema 'Orphan' is not used by any operation"
            + " (reference it from an operation or a used schema, or delete it)",
        "2.0/widgets.yaml: /components/schemas/Orphan2: schema 'Orphan2' is not used by any operation"
            + " (reference it from an operation or a used schema, or delete it)"),
        lint(new LintRules.UnusedSchemas(), doc));
  }

  @Test
  void schemasUsedOnlyFromAnotherDocumentAreUsed() {
    Map<String, String> texts = docs(GOOD.replace("schema: {$ref: '#/components/schemas/ListWidgetsResponse'}",
        "schema: {$ref: '../2.1/shared.yaml#/components/schemas/Page'}"));
    texts.put("2.1/shared.yaml", """
        openapi: 3.0.3
        info: {title: Shared, version: '2.1', description: Shared types.}
        paths: {}
        components:
          schemas:
            Page:
              type: object
              properties:
                widgets: {type: array, items: {$ref: '../2.0/widgets.yaml#/components/schemas/Widget'}}
            Unused: {type: string}
        """);
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/ListWidgetsResponse: schema 'ListWidgetsResponse' is not used by any"
            + " operation (reference it from an operation or a used schema, or delete it)",
        "2.1/shared.yaml: /components/schemas/Unused: schema 'Unused' is not used by any operation"
            + " (reference it from an operation or a used schema, or delete it)"),
        lint(new LintRules.UnusedSchemas(), texts));
  }

  @Test
  void propertiesAreTypedAndArraysHaveItems() {
    String doc = bad("extra: {description: Any JSON value the widget carries.}", "extra: {description: Something.}")
        .replace("widget_id: {type: string}", "widget_id: {description: Id.}\n        tags: {type: array}");
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/Widget/properties/extra: property has no type (add a type or $ref; if it"
            + " deliberately holds any JSON value, leave it empty and say 'any JSON value' in its description)",
        "2.0/widgets.yaml: /components/schemas/Widget/properties/tags: array without items"
            + " (add items: with the type of the elements)",
        "2.0/widgets.yaml: /components/schemas/Widget/properties/widget_id: property has no type (add a type or $ref; if it"
            + " deliberately holds any JSON value, leave it empty and say 'any JSON value' in its description)"),
        lint(new LintRules.UntypedProperties(), doc));
  }

  @Test
  void examplesMatchTheirSchemas() {
    String doc = bad("example: {widget_id: w-1, size: 3, state: READY, payload: aGVsbG8=, extra: [1, {a: b}]}",
        "example: {size: '3', state: GONE, payload: 'not base64!', sise: 4}")
        .replace("example: {size: 3, secret: s3cr3t}", "example: {size: 3000000000, secret: [x]}")
        .replace("size: {type: integer, format: int32, example: 3}", "size: {type: integer, format: int32, example: 1.5}");
    String media = "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1get/get/responses/200/content/application~1json/example: ";
    String body = "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1create/post/requestBody/content/application~1json/example: ";
    String mend = " (correct the example (or the schema))";
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/CreateWidget/properties/size/example: the example: expected an integer,"
            + " found number 1.5" + mend,
        body + "example/secret: expected a string, found array [\"x\"]" + mend,
        body + "example/size: 3000000000 is out of the int32 range" + mend,
        media + "example/payload: string \"not base64!\" is not base64, as format byte requires" + mend,
        media + "example/size: expected an integer, found string \"3\"" + mend,
        media + "example/state: string \"GONE\" is not one of the enum values [READY, BROKEN]" + mend,
        media + "the example: required property 'widget_id' is missing" + mend,
        media + "the example: unknown property 'sise' (the schema has [widget_id, size, state, payload, extra])" + mend),
        lint(new LintRules.Examples(), doc));
  }

  @Test
  void examplesFollowRefsAcrossDocuments() {
    Map<String, String> texts = docs(GOOD.replace("schema: {$ref: '#/components/schemas/ListWidgetsResponse'}",
        "schema: {$ref: '../2.1/shared.yaml#/components/schemas/Page'}\n              example: {widgets: [{widget_id: 7}]}"));
    texts.put("2.1/shared.yaml", """
        openapi: 3.0.3
        info: {title: Shared, version: '2.1', description: Shared types.}
        paths: {}
        components:
          schemas:
            Page:
              type: object
              properties:
                widgets: {type: array, items: {$ref: '../2.0/widgets.yaml#/components/schemas/Widget'}}
        """);
    assertEquals(List.of("2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses/200/content/application~1json/"
        + "example: example/widgets/0/widget_id: expected a string, found integer 7 (correct the example (or the schema))"),
        lint(new LintRules.Examples(), texts));
  }

  @Test
  void namingConventions() {
    String doc = bad("    WidgetState:\n", "    widget_state:\n")
        .replace("'#/components/schemas/WidgetState'", "'#/components/schemas/widget_state'")
        .replace("enum: [READY, BROKEN]", "enum: [READY, BROKEN, READY]")
        .replace("- name: Widgets", "- name: widgets").replace("tags: [Widgets]\n      operationId: listWidgets",
            "tags: [widgets]\n      operationId: listWidgets")
        .replace("widget_id: {type: string}\n        size", "widget_id: {type: string}\n        kind: {type: string, enum: [A, B]}\n        size");
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/Widget/properties/kind/enum: inline enum (move it to components/schemas as"
            + " a named enum and $ref it (allOf: [$ref] to keep a description))",
        "2.0/widgets.yaml: /components/schemas/widget_state: schema name 'widget_state' is not PascalCase"
            + " (rename it to match [A-Z][A-Za-z0-9]* and update its $refs)",
        "2.0/widgets.yaml: /components/schemas/widget_state/enum: enum value \"READY\" is listed twice (list each value once)",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/tags/0: tag 'widgets' does not start with an uppercase"
            + " letter (capitalize it; the tag names the Java interface (<Tag>Api))",
        "2.0/widgets.yaml: /tags/0/name: tag 'widgets' does not start with an uppercase letter"
            + " (capitalize it; the tag names the Java interface (<Tag>Api))"),
        lint(new LintRules.Naming(), doc));
  }

  @Test
  void paginationHasAKnownStyleAndItsKeys() {
    String doc = bad("      style: token\n        requestToken: page_token\n", "      style: token\n        offset: page_token\n");
    String at = "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/x-brickapi-pagination";
    assertEquals(List.of(
        at + ": pagination style token needs the key requestToken (add requestToken: <JSON field name>)",
        at + "/offset: unknown key 'offset' for pagination style token"
            + " (the keys of style token are items, requestToken, responseToken, style)"),
        lint(new LintRules.Extensions(), doc));
    assertEquals(List.of(at + "/style: x-brickapi-pagination has unknown style 'cursor' (use one of token, offset, index, page, next-request)"),
        lint(new LintRules.Extensions(), bad("style: token", "style: cursor")));
  }

  @Test
  void waitNamesPollStateAndTarget() {
    String doc = bad("      state: state\n        target: [READY]\n", "      target: READY\n")
        .replace("poll: getWidget", "poll: listWidgetz").replace("response.widget_id", "widget_id");
    String at = "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1create/post/x-brickapi-wait";
    assertEquals(List.of(
        at + ": x-brickapi-wait has no state (name the dotted path of the state in the poll response)",
        at + "/bind/widget_id: binding \"widget_id\" is not response.<field> or request.<field>"
            + " (write response.<field> or request.<field>)",
        at + "/poll: poll operation 'listWidgetz' is not an operation of service Widgets in this document"
            + " (name an operationId with the same tag)",
        at + "/target: target is not a non-empty list of state values (write target: [VALUE, ...])"),
        lint(new LintRules.Extensions(), doc));
  }

  @Test
  void idTimeAndSizeFieldsOfInt32SayWhy() {
    String doc = bad("widget_id: {type: string}\n", "widget_id: {type: string}\n        created_at: {type: integer, format: int32}\n"
        + "        owner_ids: {type: array, items: {type: integer, format: int32}}\n"
        + "        page_size: {type: integer, format: int32, x-brickapi-int32: a number of items per page}\n"
        + "        count: {type: integer, format: int32}\n")
        .replace("- {name: page_token, in: query, schema: {type: string}}",
            "- {name: page_token, in: query, schema: {type: string}}\n        - {name: since_ms, in: query, schema: {type: integer, format: int32}}");
    String hint = ", but ids, epoch times and sizes of the API pass 2^31 (use format: int64, or say why 32 bits are enough"
        + " with x-brickapi-int32: <reason>)";
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/Widget/properties/created_at: 'created_at' is an int32" + hint,
        "2.0/widgets.yaml: /components/schemas/Widget/properties/owner_ids: 'owner_ids' is an int32" + hint,
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/parameters/1/schema: 'since_ms' is an int32" + hint),
        lint(new LintRules.WideIntegers(), doc));
    assertEquals(List.of(), lint(new LintRules.Extensions(), doc));
  }

  @Test
  void listOperationsAnswerTheArrayTheyDocument() {
    String doc = bad("description: A page of widgets.", "description: A JSON array of widgets.");
    assertEquals(List.of("2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses/200: the answer of listWidgets"
        + " is described as an array but declared as an object (declare the schema as type: array with the items, as the"
        + " API answers)"), lint(new LintRules.ListResponses(), doc));
    String noItems = bad("        widgets:\n          type: array\n          items: {$ref: '#/components/schemas/Widget'}\n", "");
    assertEquals(List.of("2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/responses/200: list operation listWidgets"
        + " answers neither an array nor an object with an array of its items (declare the answer as the API documents it:"
        + " type: array, or the object with its items property)"), lint(new LintRules.ListResponses(), noItems));
  }

  @Test
  void queryObjectBelongsOnAParameter() {
    String doc = bad("- {name: page_token, in: query, schema: {type: string}}",
        "- {name: page_token, in: query, schema: {type: string}}\n"
        + "        - {name: filter_by, in: query, schema: {$ref: '#/components/schemas/WidgetFilter'}, x-brickapi-query-object: {style: dotted}}")
        .replace("    WidgetState:\n", "    WidgetFilter:\n      type: object\n      x-brickapi-query-object: {style: dotted}\n"
            + "      properties:\n        states: {type: array, items: {$ref: '#/components/schemas/WidgetState'}}\n    WidgetState:\n");
    assertEquals(List.of("2.0/widgets.yaml: /components/schemas/WidgetFilter/x-brickapi-query-object: x-brickapi-query-object"
        + " belongs on a parameter, not on a schema or property (move it to the parameter)"), lint(new LintRules.Extensions(), doc));
  }

  @Test
  void sensitiveIsABooleanAndExtensionsAreKnown() {
    String doc = bad("x-brickapi-sensitive: true", "x-brickapi-sensitive: 'yes'")
        .replace("widget_id: {type: string}", "widget_id: {type: string, x-brickapi-secret: true}");
    assertEquals(List.of(
        "2.0/widgets.yaml: /components/schemas/CreateWidget/properties/secret/x-brickapi-sensitive: x-brickapi-sensitive"
            + " is \"yes\", not a boolean (write true)",
        "2.0/widgets.yaml: /components/schemas/Widget/properties/widget_id/x-brickapi-secret: unknown extension"
            + " x-brickapi-secret (use one of x-brickapi-accessor, x-brickapi-accessor-prefix, x-brickapi-client-parameters,"
            + " x-brickapi-idempotent, x-brickapi-int32, x-brickapi-package,"
            + " x-brickapi-pagination, x-brickapi-query-object, x-brickapi-required-order, x-brickapi-scope, x-brickapi-sensitive, x-brickapi-wait (specs/README.md))"),
        lint(new LintRules.Extensions(), doc));
  }

  @Test
  void accessorBelongsOnATagAndItsPrefixAtTheTopLevel() {
    assertEquals(List.of(), lint(new LintRules.Extensions(), GOOD.replace("tags:\n", "x-brickapi-accessor-prefix: gadget\ntags:\n")
        .replace("- name: Widgets\n", "- name: Widgets\n    x-brickapi-accessor: widgetsLegacy\n")));
    assertEquals(List.of("2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1get/get/x-brickapi-accessor: x-brickapi-accessor"
        + " belongs on a tag, not on an operation (move it to the tag's entry under the document's tags:)"),
        lint(new LintRules.Extensions(), GOOD.replace("operationId: getWidget\n", "operationId: getWidget\n      x-brickapi-accessor: w\n")));
  }

  @Test
  void scopeAccountAndWorkspaceAreBothAcceptedAsByTheGenerator() {
    assertEquals(List.of(), lint(new LintRules.Extensions(), GOOD.replace("tags:\n", "x-brickapi-scope: workspace\ntags:\n")));
    assertEquals(List.of(), lint(new LintRules.Extensions(), GOOD.replace("tags:\n", "x-brickapi-scope: account\ntags:\n")));
    assertEquals(List.of("2.0/widgets.yaml: /x-brickapi-scope: unknown scope 'galaxy' (use 'account' or 'workspace')"),
        lint(new LintRules.Extensions(), GOOD.replace("tags:\n", "x-brickapi-scope: galaxy\ntags:\n")));
  }

  @Test
  void misplacedExtensionsAreNamedWithWhereTheyBelong() {
    String doc = GOOD.replace("      operationId: listWidgets\n",
        "      operationId: listWidgets\n      x-brickapi-package: widgets.v20\n")
        .replace("secret: {type: string, x-brickapi-sensitive: true}", "secret: {type: string}")
        .replace("      operationId: getWidget\n", "      operationId: getWidget\n      x-brickapi-sensitive: true\n");
    assertEquals(List.of(
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1get/get/x-brickapi-sensitive: x-brickapi-sensitive belongs on a schema"
            + " or property, not on an operation (move it into the schema of the property)",
        "2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1list/get/x-brickapi-package: x-brickapi-package belongs at the top"
            + " level of a document, not on an operation (move it to the top level of the document)"),
        lint(new LintRules.Extensions(), doc));
  }

  @Test
  void idempotentIsABooleanOnAnOperation() {
    String doc = GOOD.replace("      operationId: createWidget\n", "      operationId: createWidget\n"
        + "      x-brickapi-idempotent: 'yes'\n");
    assertEquals(List.of("2.0/widgets.yaml: /paths/~1api~12.0~1widgets~1create/post/x-brickapi-idempotent:"
        + " x-brickapi-idempotent is \"yes\", not a boolean (write true, or leave it out)"),
        lint(new LintRules.Extensions(), doc));
    assertEquals(List.of(), lint(new LintRules.Extensions(), doc.replace("'yes'", "true")));
  }
}
