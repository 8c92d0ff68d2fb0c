import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TimeoutError } from 'rxjs';
import { z } from 'zod';
import { requestFailure, toWireError } from './wire-error.mapping.js';

describe('wire error mapping', () => {
  it('sends an AppException as its code, message and details', () => {
    const { wire, expected } = toWireError(new AppException('PLANNING.SUGGESTION_DEADLINE_PASSED', 'Too late', { days: 2 }));
    expect(expected).toBe(true);
    expect(wire).toEqual({ code: 'PLANNING.SUGGESTION_DEADLINE_PASSED', message: 'Too late', details: { days: 2 } });
  });

  it('turns a zod error into invalid input naming the field', () => {
    const result = z.object({ topic: z.string() }).safeParse({ topic: 3 });
    const { wire } = toWireError(result.error);
    expect(wire.code).toBe(CommonErrorCode.InvalidInput);
    expect(wire.details?.fields?.[0]?.path).toBe('topic');
  });

  it('hides anything unexpected behind COMMON.INTERNAL', () => {
    const { wire, expected } = toWireError(new TypeError('secret table name'));
    expect(expected).toBe(false);
    expect(wire).toEqual({ code: CommonErrorCode.Internal, message: 'Internal error' });
  });

  it('rebuilds a wire error reply as an AppException with the same code', () => {
    const failure = requestFailure('x.y.z', { code: 'PLANNING.MINIMUMS_NOT_MET', message: 'no', details: { min: 3 } }, 100);
    expect(failure).toBeInstanceOf(AppException);
    expect(failure.code).toBe('PLANNING.MINIMUMS_NOT_MET');
    expect(failure.details).toEqual({ min: 3 });
  });

  it('treats a reply whose code is outside the contracts as a fault, without its message', () => {
    const failure = requestFailure('x.y.z', { code: 'PLANNING.TOO_FEW', message: 'select * from plans', details: {} }, 100);
    expect(failure.code).toBe(CommonErrorCode.Internal);
    expect(failure.message).not.toContain('select');
  });

  it('reports a timeout as GATEWAY.UPSTREAM_TIMEOUT', () => {
    expect(requestFailure('x.y.z', new TimeoutError(), 100).code).toBe(CommonErrorCode.UpstreamTimeout);
  });

  it('reports no responders and a closed connection as GATEWAY.SERVICE_UNAVAILABLE', () => {
    const noResponders = Object.assign(new Error('no responders'), { name: 'NoRespondersError' });
    expect(requestFailure('x.y.z', noResponders, 100).code).toBe(CommonErrorCode.ServiceUnavailable);
    expect(requestFailure('x.y.z', new Error('Connection closed'), 100).code).toBe(CommonErrorCode.ServiceUnavailable);
  });

  it('does not mistake a Node error with a code for a wire error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(requestFailure('x.y.z', refused, 100).code).toBe(CommonErrorCode.ServiceUnavailable);
  });
});
