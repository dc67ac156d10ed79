// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// The icons arrive as Qt resources; this file only gives the library an object to hold them.
namespace Tessera {
int resourcesLinked()
{
    return 1;
}
} // namespace Tessera
