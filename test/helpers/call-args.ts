import type { ChannelInput, ChannelName } from '../../src/shared/api/contract';

/**
 * The arguments of a typed call: a channel name and an input its schema accepts, which may be
 * left out where the channel takes none. Shared by the API tests and the e2e `callApi`; it imports
 * only types, so the Playwright side pulls in no backend code.
 */
export type CallArgs<C extends ChannelName> =
  undefined extends ChannelInput<C>
    ? [channel: C, input?: ChannelInput<C>]
    : [channel: C, input: ChannelInput<C>];
