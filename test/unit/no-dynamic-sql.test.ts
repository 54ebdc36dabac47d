import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import noDynamicSql from '../../eslint-rules/no-dynamic-sql.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
});

const error = (what: string) => ({ messageId: 'dynamic', data: { what: `\`${what}\`` } });

tester.run('no-dynamic-sql', noDynamicSql, {
  valid: [
    // Plain SQL, and values as @parameters.
    `db.prepare('SELECT * FROM prospects WHERE id = @id').get({ id });`,
    `db.exec(\`CREATE TABLE t (x)\`);`,
    // SQL fragments: consts of fixed text, at module level or local.
    `const SELECT_PROSPECT = 'SELECT p.* FROM prospects p';
     statement(db, \`\${SELECT_PROSPECT} WHERE p.id = @id\`);`,
    `const BM25 = 'bm25(insights_fts, 10, 1)';
     const RANK = \`\${BM25} AS score\`;
     function f(db) { const LIMIT = 200; return db.prepare(\`SELECT \${RANK} LIMIT \${LIMIT}\`); }`,
    // A condition picks between fixed texts.
    `function f(db, archived) {
       return statement(db, \`SELECT * FROM t WHERE \${archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'}\`);
     }`,
    // A parameter typed as a closed set of literals.
    `function facet(db, column: 'tags' | 'industries') {
       return statement(db, \`SELECT DISTINCT t.value FROM insights i, json_each(i.\${column}) t\`);
     }`,
    // A pick from a fixed table.
    `const ORDER_BY = { name: 'p.name', updated: 'p.updated_at DESC' };
     function list(db, input) { return statement(db, \`SELECT * FROM p ORDER BY \${ORDER_BY[input.sort]}\`); }`,
    // An UPDATE's SET list: column names from a fixed table, values as parameters.
    `const COLUMNS = { headline: 'headline', sourceUrl: 'source_url' } as const;
     const UPDATABLE = ['name', 'company'] as const;
     function update(db, patch) {
       const assignments: string[] = ['updated_at = @now'];
       for (const [field, column] of Object.entries(COLUMNS) as [string, string][]) {
         if (patch[field] !== undefined) assignments.push(\`\${column} = @\${field}\`);
       }
       for (const column of UPDATABLE) assignments.push(\`\${column} = @\${column}\`);
       if (assignments.length === 1) return;
       statement(db, \`UPDATE t SET \${[...assignments, 'x = 1'].join(', ')} WHERE id = @id\`).run(patch);
     }`,
    // A WHERE built by a helper in the same file.
    `function filterSql(filters) {
       const where = ['i.archived_at IS NULL'];
       if (filters.tag) where.push('EXISTS (SELECT 1 FROM json_each(i.tags) t WHERE t.value = @tag)');
       return { whereSql: where.join(' AND '), params: { tag: filters.tag } };
     }
     function list(db, input) {
       const { whereSql, params } = filterSql(input);
       return statement(db, \`SELECT * FROM insights i WHERE \${whereSql}\`).all(params);
     }`,
    // A variable handed through is judged where its text is built, not here.
    `function statement(db, sql) { return db.prepare(sql); }`,
    // Regex exec on text is not SQL.
    `/a+/.exec(text);`,
  ],
  invalid: [
    {
      code: `function find(db, name: string) { return db.prepare(\`SELECT * FROM p WHERE name = '\${name}'\`).get(); }`,
      errors: [error('name')],
    },
    {
      code: `function find(db, name) { return db.exec('DELETE FROM p WHERE name = ' + name); }`,
      errors: [error('name')],
    },
    {
      code: `let TABLE = 'prospects'; statement(db, \`SELECT * FROM \${TABLE}\`);`,
      errors: [error('TABLE')],
    },
    {
      code: `function list(db, input) { return statement(db, \`SELECT * FROM p ORDER BY \${input.sort}\`); }`,
      errors: [error('input.sort')],
    },
    {
      // A list that also takes text from outside is not a fragment list.
      code: `function update(db, patch) {
         const assignments = ['updated_at = @now'];
         for (const key of Object.keys(patch)) assignments.push(\`\${key} = @\${key}\`);
         statement(db, \`UPDATE t SET \${assignments.join(', ')}\`);
       }`,
      errors: [error("assignments.join(', ')")],
    },
    {
      // A fragment built from a call is reported once, where it is declared.
      code: `const COLUMNS = columnsFor('i.id');
       const SELECT = \`SELECT \${COLUMNS} FROM i\`;
       statement(db, \`\${SELECT} WHERE id = @id\`);
       statement(db, \`\${SELECT} WHERE x = @x\`);`,
      errors: [error("columnsFor('i.id')")],
    },
    {
      code: `const helper = (x) => ({ whereSql: x });
       function list(db, input) { const { whereSql } = helper(input.where); return db.prepare(\`SELECT 1 WHERE \${whereSql}\`); }`,
      errors: [error('whereSql')],
    },
  ],
});
