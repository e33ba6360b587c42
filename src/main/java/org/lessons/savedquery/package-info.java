/**
 * Saved queries: a search kept under a name, private or shared, that tells each user how many matching passages
 * arrived since they last opened it, with an Atom feed and a webhook for following it from elsewhere.
 */
package org.lessons.savedquery;
