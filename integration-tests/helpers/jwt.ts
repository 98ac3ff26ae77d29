/** The payload of a JWT, without checking it (the server did). */
export function jwtPayload(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
}
