/**
 * How passports are written as JSON and read back: one configured mapper for storage, API and
 * files.
 */
package eu.remhub.plugin.passport.json;
