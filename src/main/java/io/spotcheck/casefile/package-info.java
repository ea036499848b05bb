/** A case as the officer submits it: the request, its validation (field by field, problems with paths) and the flat facts the rules match. */
package io.spotcheck.casefile;
