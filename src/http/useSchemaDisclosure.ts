import { getOperationAST, getVariableValues, GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface SchemaDisclosure {
  /** Answer `__schema` and `__type`. */
  readonly introspection: boolean;
  /** Drop "Did you mean …?" from validation and variable errors, so they do not reveal field or value names. */
  readonly hideSuggestions: boolean;
}

/**
 * How much of the schema errors and introspection reveal.
 *
 * @example createYoga({ schema, plugins: [useSchemaDisclosure({ introspection: false, hideSuggestions: true })] })
 */
export function useSchemaDisclosure({ introspection, hideSuggestions }: SchemaDisclosure): Plugin {
  return {
    onValidate({ addValidationRule, setValidationFn }) {
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
      if (hideSuggestions) setValidationFn((schema, document, rules) => validate(schema, document, rules, { hideSuggestions }));
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (!hideSuggestions) return;
      // graphql-js 16.15 reads it, though envelop's argument type lacks it.
      Object.assign(args, { hideSuggestions });
      // Yoga's executor suggests enum values for bad variables regardless, so
      // variables are checked here first, by graphql-js, which can keep quiet.
      const operation = getOperationAST(args.document, args.operationName);
      if (operation == null) return;
      const { errors } = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, { hideSuggestions });
      if (errors === undefined) return;
      setResultAndStopExecution({
        errors: errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { http: { status: 400 } } })),
      });
    },
  };
}
