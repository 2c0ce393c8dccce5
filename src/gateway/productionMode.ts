/**
 * Imported first by the CLI entry (and the bench): unless told otherwise, run dependencies in their
 * production mode. graphql-js reads NODE_ENV once, when it loads, and outside production checks every
 * type test for objects from another realm, which costs measurable time per resolved field.
 */
process.env.NODE_ENV ??= 'production';
