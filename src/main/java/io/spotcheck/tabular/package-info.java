/**
 * Reading tables that people make in Excel, for any feature: CSV in UTF-8 (with or without a byte-order mark) or
 * GB18030, or an XLSX workbook, streamed row by row with named columns, bounded, and with problems named by
 * file, line and column; plus the cell validators every table shares.
 */
package io.spotcheck.tabular;
