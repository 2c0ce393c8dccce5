/** What the Fastly invoice types are backed by (codegen.ts `mappers`): upstream DTOs as fetched. */
import type { Connection, Edge } from '../../../pagination/connectionFromStream.js';
import type { InvoiceDto, LineItemDto } from './invoicesClient.js';

export type FastlyInvoiceModel = InvoiceDto;
export type FastlyLineItemModel = LineItemDto;
export type FastlyInvoiceEdgeModel = Edge<InvoiceDto>;
/** A page of invoices, and how to learn the list's size (read only when selected). */
export type FastlyInvoiceConnectionModel = Connection<InvoiceDto> & {
  totalCount: () => Promise<number | bigint | null>;
};
