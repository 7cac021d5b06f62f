/**
 * Entities found in article text for the tagger: see {@link dev.newswatch.analysis.tags.ArticleTagger}. Names,
 * their inflected forms in each language, the case endings {@link dev.newswatch.analysis.entities.NameKey} strips
 * ({@code "endings"}, per language) and the endings that suggest a surname's gender ({@code "genderEndings"})
 * are all data in {@code entities/gazetteer.v1.json}: adding a language is a change to that file.
 */
package dev.newswatch.analysis.entities;
