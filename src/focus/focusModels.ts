/** What the FOCUS types are backed by (codegen.ts `mappers`). */
import type { Edge } from '../pagination/connectionFromStream.js';
import type { FocusRow } from './focusRow.js';

export type { FocusChargeConnectionModel } from './focusCharges.js';
export type { FocusSummaryGroupModel, FocusSummaryModel } from './focusSummary.js';
export type { FocusFailure as FocusProviderFailureModel } from './focusSources.js';
export type FocusChargeEdgeModel = Edge<FocusRow>;
