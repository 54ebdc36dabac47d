/**
 * oneup/no-dynamic-sql: the SQL text given to `.prepare()`, `.exec()` or `statement(db, sql)` is
 * built only from text fixed in the code. Values always travel as @named parameters, so a value
 * that reaches the SQL text itself is an injection waiting to happen.
 *
 * Accepted as fixed SQL:
 *   - a string literal, and a template literal or `+` whose every part is fixed SQL
 *   - `cond ? a : b` when both a and b are (the condition picks; it does not write)
 *   - a name bound by `const` to fixed SQL (SQL fragments such as `${SELECT_PROSPECT} WHERE …`)
 *   - a parameter whose type is a union of string literals (`column: 'tags' | 'industries'`)
 *   - a pick from a fixed table: `ORDER_BY[input.sort]` where ORDER_BY is a `const` object or
 *     array literal of fixed SQL, and the names a `for (const … of …)` takes from such a table
 *     (directly or through Object.entries/keys/values): column names from a fixed list
 *   - `const { whereSql } = helper(…)` where `helper` is a function declared in this file whose
 *     every `return { whereSql: … }` is fixed SQL (a WHERE built by a shared helper)
 *   - `list.join('<literal>')` where `list` is a `const` array that is only ever filled, by its
 *     initialiser and `list.push(…)`, with fixed SQL (an UPDATE's SET list, a WHERE's
 *     conditions), or an array literal of fixed SQL and `...list` spreads of such lists
 * Anything else (a variable, a call, a member read) is reported. Where the text is fixed but the
 * rule cannot see it (built by a helper function), disable the rule on that line with `-- reason`.
 */

const SQL_METHODS = new Set(['prepare', 'exec']);
const SQL_FUNCTIONS = new Map([['statement', 1]]); // function name → index of the SQL argument

function findVariable(scope, name) {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return null;
}

function isStringLiteralUnion(typeNode) {
  if (!typeNode) return false;
  if (typeNode.type === 'TSLiteralType') return typeof typeNode.literal.value === 'string';
  if (typeNode.type === 'TSUnionType') return typeNode.types.every(isStringLiteralUnion);
  return false;
}

/** True when `ref` is `name.push(…fixed…)`, `name.join('…')` or a plain `name.length`. */
function isFragmentListUse(ref, isFixed) {
  // `[...list, 'x']`: the copy is judged where it is joined.
  if (ref.identifier.parent?.type === 'SpreadElement') return true;
  const member = ref.identifier.parent;
  if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || member.computed)
    return false;
  const method = member.property.name;
  if (method === 'length') return true;
  const call = member.parent;
  if (call?.type !== 'CallExpression' || call.callee !== member) return false;
  if (method === 'push') return call.arguments.every((argument) => isFixed(argument));
  if (method === 'join')
    return call.arguments.every((a) => a.type === 'Literal' && typeof a.value === 'string');
  return false;
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description:
        'SQL passed to prepare(), exec() or statement() is assembled only from fixed SQL text; values go in @parameters',
    },
    schema: [],
    messages: {
      dynamic:
        'SQL built from {{what}}: only literals and const SQL fragments may form SQL text; pass values as @parameters.',
    },
  },

  create(context) {
    const sourceCode = context.sourceCode;
    // A fragment used by several statements is reported once, where it is declared.
    const reported = new Set();

    /** The const declarator `name` is bound to where `node` stands, if it is one. */
    function constDeclarator(node) {
      const variable = findVariable(sourceCode.getScope(node), node.name);
      if (!variable || variable.defs.length !== 1) return null;
      const def = variable.defs[0];
      if (def.type !== 'Variable' || def.parent.kind !== 'const') return null;
      return { variable, def };
    }

    const unwrap = (node) =>
      node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')
        ? unwrap(node.expression)
        : node;

    /** A const object or array literal whose every value is fixed SQL (keys are code too). */
    function isFixedTable(node, seen) {
      node = unwrap(node);
      if (node?.type !== 'Identifier') return false;
      const bound = constDeclarator(node);
      if (!bound || seen.has(bound.variable) || bound.def.node.id.type !== 'Identifier')
        return false;
      const init = unwrap(bound.def.node.init);
      seen.add(bound.variable);
      try {
        if (init?.type === 'ArrayExpression')
          return init.elements.every(
            (e) => e && e.type !== 'SpreadElement' && !firstDynamic(e, seen),
          );
        if (init?.type === 'ObjectExpression')
          return init.properties.every(
            (p) => p.type === 'Property' && !p.computed && !firstDynamic(p.value, seen),
          );
        return false;
      } finally {
        seen.delete(bound.variable);
      }
    }

    /** A list of fixed SQL: a fragment list (see above) or an array literal of fixed parts. */
    function isFixedList(node, seen) {
      node = unwrap(node);
      if (node.type === 'ArrayExpression') {
        return node.elements.every(
          (e) =>
            e &&
            (e.type === 'SpreadElement' ? isFixedList(e.argument, seen) : !firstDynamic(e, seen)),
        );
      }
      if (node.type !== 'Identifier') return false;
      const bound = constDeclarator(node);
      if (!bound || seen.has(bound.variable)) return false;
      const init = unwrap(bound.def.node.init);
      if (init?.type !== 'ArrayExpression') return false;
      seen.add(bound.variable);
      try {
        return (
          isFixedList(init, seen) &&
          bound.variable.references.every(
            (ref) =>
              ref.init || isFragmentListUse(ref, (argument) => !firstDynamic(argument, seen)),
          )
        );
      } finally {
        seen.delete(bound.variable);
      }
    }

    /** Returns null when `node` is fixed SQL, else the innermost node that is not. */
    function firstDynamic(node, seen = new Set()) {
      switch (node.type) {
        case 'Literal':
          return typeof node.value === 'string' || typeof node.value === 'number' ? null : node;
        case 'TemplateLiteral':
          return node.expressions.map((e) => firstDynamic(e, seen)).find(Boolean) ?? null;
        case 'BinaryExpression':
          return node.operator === '+'
            ? (firstDynamic(node.left, seen) ?? firstDynamic(node.right, seen))
            : node;
        case 'ConditionalExpression':
          return firstDynamic(node.consequent, seen) ?? firstDynamic(node.alternate, seen);
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
        case 'TSNonNullExpression':
          return firstDynamic(node.expression, seen);
        case 'MemberExpression':
          return isFixedTable(node.object, seen) ? null : node;
        case 'Identifier':
          return identifierDynamic(node, seen);
        case 'CallExpression': {
          const callee = node.callee;
          const joinsFixedList =
            callee.type === 'MemberExpression' &&
            !callee.computed &&
            callee.property.name === 'join' &&
            node.arguments.every((a) => a.type === 'Literal' && typeof a.value === 'string') &&
            isFixedList(callee.object, seen);
          return joinsFixedList ? null : node;
        }
        default:
          return node;
      }
    }

    function identifierDynamic(node, seen) {
      const variable = findVariable(sourceCode.getScope(node), node.name);
      if (!variable || variable.defs.length !== 1 || seen.has(variable)) return node;
      const def = variable.defs[0];
      if (def.type === 'Parameter') {
        const annotated = def.name.parent?.type !== 'AssignmentPattern' ? def.name : null;
        return annotated && isStringLiteralUnion(annotated.typeAnnotation?.typeAnnotation)
          ? null
          : node;
      }
      if (def.type !== 'Variable' || def.parent.kind !== 'const') return node;
      // for (const [field, column] of Object.entries(COLUMNS)): names from a fixed table
      const loop = def.parent.parent;
      if (loop?.type === 'ForOfStatement' && loop.left === def.parent) {
        let source = unwrap(loop.right);
        if (
          source.type === 'CallExpression' &&
          source.callee.type === 'MemberExpression' &&
          source.callee.object.type === 'Identifier' &&
          source.callee.object.name === 'Object' &&
          ['entries', 'keys', 'values'].includes(source.callee.property.name)
        ) {
          source = source.arguments[0];
        }
        return isFixedTable(source, seen) ? null : node;
      }
      if (def.node.id.type === 'ObjectPattern') return helperResultDynamic(node, def, seen);
      if (def.node.id.type !== 'Identifier' || !def.node.init) return node;
      seen.add(variable);
      const inner = firstDynamic(def.node.init, seen);
      seen.delete(variable);
      // Point at the part of the fragment that is not fixed, where a fix or a reason belongs.
      return inner;
    }

    /** `const { name } = helper(…)`: every `return { name: … }` of helper must be fixed SQL. */
    function helperResultDynamic(node, def, seen) {
      const call = unwrap(def.node.init);
      const property = def.node.id.properties.find(
        (p) => p.type === 'Property' && p.value === def.name,
      );
      if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || !property)
        return node;
      const key = property.computed ? null : (property.key.name ?? property.key.value);
      const helper = findVariable(sourceCode.getScope(call), call.callee.name);
      const declaration = helper?.defs.length === 1 ? helper.defs[0].node : null;
      if (declaration?.type !== 'FunctionDeclaration' || key === null || seen.has(helper))
        return node;
      const returns = [];
      const collect = (inner) => {
        if (inner.type === 'ReturnStatement') returns.push(unwrap(inner.argument));
        if (/Function/.test(inner.type) && inner !== declaration) return; // nested functions
        for (const [field, value] of Object.entries(inner)) {
          if (field === 'parent') continue;
          for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof child.type === 'string') collect(child);
          }
        }
      };
      collect(declaration);
      const keyOf = (p) => (p.key.type === 'Identifier' ? p.key.name : p.key.value);
      seen.add(helper);
      try {
        const fixed =
          returns.length > 0 &&
          returns.every((returned) => {
            const field =
              returned?.type === 'ObjectExpression'
                ? returned.properties.find(
                    (p) => p.type === 'Property' && !p.computed && keyOf(p) === key,
                  )
                : null;
            return field && !firstDynamic(field.value, seen);
          });
        return fixed ? null : node;
      } finally {
        seen.delete(helper);
      }
    }

    function describe(node) {
      const text = sourceCode.getText(node);
      return `\`${text.length > 40 ? `${text.slice(0, 37)}…` : text}\``;
    }

    function check(argument) {
      // Only text that is assembled here is judged: a plain variable is the caller's business
      // (statement(db, sql) itself, a migration's exec(sql)).
      if (
        !argument ||
        (argument.type !== 'TemplateLiteral' &&
          !(argument.type === 'BinaryExpression' && argument.operator === '+'))
      )
        return;
      const dynamic = firstDynamic(argument);
      if (!dynamic || reported.has(dynamic)) return;
      reported.add(dynamic);
      context.report({ node: dynamic, messageId: 'dynamic', data: { what: describe(dynamic) } });
    }

    return {
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'MemberExpression' &&
          !callee.computed &&
          SQL_METHODS.has(callee.property.name)
        ) {
          check(node.arguments[0]);
        } else if (callee.type === 'Identifier' && SQL_FUNCTIONS.has(callee.name)) {
          check(node.arguments[SQL_FUNCTIONS.get(callee.name)]);
        }
      },
    };
  },
};
