import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'test-results/', 'bench-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with types in mind.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Our in-page links are query strings ("?event=…") and hashes, not routes to resolve;
			// route links are built with `base` + localizedPath.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The embed parent script is pasted into any CMS page: a classic script in ES5, minified by hand.
		files: ['static/embed/*.js'],
		languageOptions: { sourceType: 'script', globals: globals.browser },
		rules: {
			'@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true }],
			'no-restricted-syntax': [
				'error',
				...[
					'ArrowFunctionExpression',
					'ClassDeclaration',
					'TemplateLiteral',
					'SpreadElement',
					'RestElement',
					'ForOfStatement',
					'ObjectPattern',
					'ArrayPattern',
					'AwaitExpression',
					'ImportExpression',
					'ChainExpression',
					'VariableDeclaration[kind!="var"]',
					'Property[shorthand=true]',
					'Property[method=true]',
					'AssignmentPattern'
				].map((selector) => ({ selector, message: 'ES5 only: host pages may run old browsers.' }))
			]
		}
	},
	{
		files: ['**/*.test.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	}
);
